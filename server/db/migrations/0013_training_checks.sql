ALTER TABLE "training_scenarios" ADD CONSTRAINT "training_scenarios_status_known" CHECK (status IN ('draft','published'));
--> statement-breakpoint
ALTER TABLE "training_attempts" ADD CONSTRAINT "training_attempts_points_range" CHECK (points >= 0 AND max_points >= points);
--> statement-breakpoint
ALTER TABLE "training_attempts" ADD CONSTRAINT "training_attempts_finished_has_outcome" CHECK ((finished_at IS NULL) = (outcome IS NULL));
--> statement-breakpoint
ALTER TABLE "training_session_invitees" ADD CONSTRAINT "training_session_invitees_attendance_known" CHECK (attendance IN ('invited','attended','absent'));
