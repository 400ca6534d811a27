CREATE TABLE "report_audit_samples" (
	"audit_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"facts_not_opinions" text,
	"follow_up_on_time" text,
	"measures_recorded" text,
	"aftercare_done" text,
	"note" text DEFAULT '' NOT NULL,
	"scored_at" timestamp with time zone,
	"scored_by" uuid,
	CONSTRAINT "report_audit_samples_audit_id_incident_id_pk" PRIMARY KEY("audit_id","incident_id")
);
--> statement-breakpoint
CREATE TABLE "report_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"sample_size" integer NOT NULL,
	"seed" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"finished_by" uuid
);
--> statement-breakpoint
CREATE TABLE "coaching_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"position" integer NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"observation" jsonb,
	"audit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "coaching_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"session_id" uuid,
	"start_date" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_audit_samples" ADD CONSTRAINT "report_audit_samples_audit_id_report_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."report_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_audit_samples" ADD CONSTRAINT "report_audit_samples_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_audit_samples" ADD CONSTRAINT "report_audit_samples_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_audits" ADD CONSTRAINT "report_audits_finished_by_users_id_fk" FOREIGN KEY ("finished_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_plan_id_coaching_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."coaching_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plan_items" ADD CONSTRAINT "coaching_plan_items_audit_id_report_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."report_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plans" ADD CONSTRAINT "coaching_plans_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plans" ADD CONSTRAINT "coaching_plans_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_plans" ADD CONSTRAINT "coaching_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_audits_department_idx" ON "report_audits" USING btree ("department_id","finished_at");--> statement-breakpoint
CREATE INDEX "coaching_plan_items_plan_idx" ON "coaching_plan_items" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "coaching_plan_items_owner_idx" ON "coaching_plan_items" USING btree ("owner_id","due_date");--> statement-breakpoint
CREATE INDEX "coaching_plans_team_idx" ON "coaching_plans" USING btree ("team_id");