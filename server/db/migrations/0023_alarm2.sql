ALTER TABLE "alarm_profiles" ADD COLUMN "press_feedback" text DEFAULT 'discreet' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "requirement_id" text;