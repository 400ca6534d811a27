-- The dashboard's period scans also need the incident's id (to join follow-up tasks and language findings) and its
-- forms: with them in the index, PostgreSQL reads a period from the index alone (bench/dashboard.ts).
DROP INDEX IF EXISTS "incidents_dashboard_idx";--> statement-breakpoint
CREATE INDEX "incidents_dashboard_idx" ON "incidents" ("occurred_at")
  INCLUDE ("id", "office_id", "department_id", "channel", "phase", "forms", "submitted_at", "employee_id", "sick_leave", "absence_days", "injury", "updated_at")
  WHERE "status" = 'submitted';
