ALTER TABLE "handlings" ADD CONSTRAINT "handlings_status_known" CHECK (status IN ('active','closed'));
--> statement-breakpoint
ALTER TABLE "handlings" ADD CONSTRAINT "handlings_phase_range" CHECK (phase IS NULL OR phase BETWEEN 1 AND 4);
--> statement-breakpoint
ALTER TABLE "handling_events" ADD CONSTRAINT "handling_events_type_known" CHECK (type IN ('started','step_done','step_skipped','step_not_applicable','phase_changed','handed_over','alarm_raised','closed'));
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_status_known" CHECK (status IN ('open','done'));
