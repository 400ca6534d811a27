-- Aftercare: values the application never writes otherwise, refused by the database too.
ALTER TABLE "aftercare_settings" ADD CONSTRAINT "aftercare_settings_single" CHECK ("id" = 1);--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_kind" CHECK ("kind" IN ('scheduled', 'requested'));--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_person_role" CHECK ("person_role" IN ('employee', 'involved', 'witness'));--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_caretaker" CHECK ("caretaker" IN ('manager', 'safety_officer'));--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_wellbeing" CHECK ("wellbeing" IS NULL OR "wellbeing" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_window" CHECK ("opens_on" <= "due_on");--> statement-breakpoint
-- A schedule moment exists once per person and incident, even when two requests race.
CREATE UNIQUE INDEX "aftercare_checkins_scheduled_unique" ON "aftercare_checkins" ("incident_id", "person_id", "sequence") WHERE "kind" = 'scheduled';--> statement-breakpoint
ALTER TABLE "aftercare_absences" ADD CONSTRAINT "aftercare_absences_days" CHECK ("days" BETWEEN 1 AND 1000);--> statement-breakpoint
ALTER TABLE "aftercare_absences" ADD CONSTRAINT "aftercare_absences_period" CHECK ("end_on" IS NULL OR "start_on" <= "end_on");--> statement-breakpoint
ALTER TABLE "incident_evaluations" ADD CONSTRAINT "incident_evaluations_followed" CHECK ("protocol_followed" IN ('yes', 'partly', 'no'));--> statement-breakpoint
ALTER TABLE "protocol_proposals" ADD CONSTRAINT "protocol_proposals_status" CHECK ("status" IN ('new', 'under_consideration', 'adopted', 'rejected'));--> statement-breakpoint
ALTER TABLE "protocol_proposals" ADD CONSTRAINT "protocol_proposals_decision" CHECK (("status" = 'adopted') = ("adopted_in_version" IS NOT NULL) AND ("status" <> 'rejected' OR "rejection_reason" <> ''));
