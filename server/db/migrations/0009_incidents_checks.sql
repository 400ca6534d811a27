ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id");
--> statement-breakpoint
CREATE INDEX "follow_up_tasks_incident_idx" ON "follow_up_tasks" ("incident_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "clients_number_unique" ON "clients" (lower("client_number")) WHERE "client_number" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_status_known" CHECK (status IN ('draft','submitted'));
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_case_status_known" CHECK (case_status IS NULL OR case_status IN ('new','in_progress','measures_decided','closed','archived'));
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_route_known" CHECK (route_to IN ('manager','safety_officer'));
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_phase_range" CHECK (phase IS NULL OR phase BETWEEN 1 AND 4);
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_impact_range" CHECK (emotional_impact IS NULL OR emotional_impact BETWEEN 1 AND 5);
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_submitted_complete" CHECK (status = 'draft' OR (occurred_at IS NOT NULL AND channel IS NOT NULL AND submitted_at IS NOT NULL AND case_status IS NOT NULL));
--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_status_known" CHECK (status IN ('pending_approval','decided','rejected'));
--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_dates_ordered" CHECK (ends_on IS NULL OR ends_on >= starts_on);
--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_absence_days_range" CHECK (absence_days IS NULL OR absence_days BETWEEN 0 AND 1000);
