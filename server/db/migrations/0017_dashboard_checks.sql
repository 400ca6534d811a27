-- Indexes for the dashboard's figures over a million incidents (bench/dashboard.ts). Each one lets a period's
-- figures be read from the index alone, without visiting the table's wide rows (facts, quotes, people).
CREATE INDEX "incidents_dashboard_idx" ON "incidents" ("occurred_at")
  INCLUDE ("office_id", "department_id", "channel", "phase", "submitted_at", "employee_id", "sick_leave", "absence_days", "injury", "updated_at")
  WHERE "status" = 'submitted';--> statement-breakpoint
CREATE INDEX "alarms_dashboard_idx" ON "alarms" ("raised_at")
  INCLUDE ("office_id", "raised_by", "first_acknowledged_at", "level", "state")
  WHERE "drill" = false;--> statement-breakpoint
CREATE INDEX "client_measures_dashboard_idx" ON "client_measures" ("decided_at")
  INCLUDE ("kind", "incident_id")
  WHERE "status" = 'decided';--> statement-breakpoint
CREATE INDEX "handlings_started_idx" ON "handlings" ("started_at");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_incident_done_idx" ON "follow_up_tasks" ("incident_id") INCLUDE ("done_at", "due_at");
