-- Survey campaigns and outgoing mail: the values the code relies on, also for rows written by hand.
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_kind_check" CHECK ("kind" IN ('baseline', 'remeasurement'));--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_status_check" CHECK ("status" IN ('draft', 'scheduled', 'open', 'closed'));--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_remeasurement_check" CHECK (("kind" = 'remeasurement') = ("baseline_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_period_check" CHECK ("opens_on" IS NULL OR "opens_on" <= "closes_on");--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_status_check" CHECK ("status" IN ('pending', 'failed', 'sent', 'dead'));
