-- 90-day plans and report audits: allowed values and consistent states.
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_stage_check"
  CHECK ("stage" IN ('micro_exercise', 'duo_coaching', 'repetition', 'audit'));--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_done_check"
  CHECK (("done_at" IS NULL) = ("done_by" IS NULL));--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_observation_check"
  CHECK ("stage" = 'duo_coaching' OR "observation" IS NULL);--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_note_check"
  CHECK (char_length("note") <= 2000);--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_status_check"
  CHECK ("status" IN ('open', 'finished'));--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_period_check"
  CHECK ("period_from" <= "period_to");--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_size_check"
  CHECK ("sample_size" BETWEEN 1 AND 50);--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_finished_check"
  CHECK (("status" = 'finished') = ("finished_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "report_audit_samples" ADD CONSTRAINT "report_audit_samples_scores_check"
  CHECK (
    coalesce("facts_not_opinions", 'yes') IN ('yes', 'no', 'na')
    AND coalesce("follow_up_on_time", 'yes') IN ('yes', 'no', 'na')
    AND coalesce("measures_recorded", 'yes') IN ('yes', 'no', 'na')
    AND coalesce("aftercare_done", 'yes') IN ('yes', 'no', 'na')
  );
