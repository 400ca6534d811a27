CREATE TABLE "alarm_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alarm_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"delivered_at" timestamp (3) with time zone,
	"seen_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "alarm_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alarm_id" uuid NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"level" integer,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alarm_jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alarm_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"done_at" timestamp (3) with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "alarm_recipients" (
	"alarm_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"role" text NOT NULL,
	"notified_at" timestamp (3) with time zone NOT NULL,
	"acknowledged_at" timestamp (3) with time zone,
	"arrived_at" timestamp (3) with time zone,
	CONSTRAINT "alarm_recipients_alarm_id_user_id_pk" PRIMARY KEY("alarm_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "alarms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text DEFAULT 'raised' NOT NULL,
	"drill" boolean DEFAULT false NOT NULL,
	"raised_by" uuid NOT NULL,
	"office_id" uuid,
	"room" text DEFAULT '' NOT NULL,
	"type" text,
	"phase" smallint,
	"handling_id" uuid,
	"escalation" jsonb NOT NULL,
	"level" integer DEFAULT 0 NOT NULL,
	"call_112_at" timestamp (3) with time zone,
	"raised_at" timestamp (3) with time zone NOT NULL,
	"first_acknowledged_by" uuid,
	"first_acknowledged_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"closed_by" uuid,
	"reason" text,
	CONSTRAINT "alarms_state_check" CHECK ("alarms"."state" in ('raised', 'acknowledged', 'on_site', 'resolved', 'cancelled', 'false_alarm')),
	CONSTRAINT "alarms_reason_check" CHECK ("alarms"."state" not in ('cancelled', 'false_alarm') or length("alarms"."reason") > 0)
);
--> statement-breakpoint
CREATE TABLE "alarm_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"last_heartbeat_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duty_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"on_duty" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "duty_exceptions_period_check" CHECK ("duty_exceptions"."starts_at" < "duty_exceptions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "duty_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	CONSTRAINT "duty_shifts_weekday_check" CHECK ("duty_shifts"."weekday" between 1 and 7),
	CONSTRAINT "duty_shifts_minutes_check" CHECK ("duty_shifts"."start_minute" >= 0 and "duty_shifts"."end_minute" <= 1440 and "duty_shifts"."start_minute" < "duty_shifts"."end_minute")
);
--> statement-breakpoint
CREATE TABLE "office_alarm_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"min_reachable" integer DEFAULT 2 NOT NULL,
	"ack_timeout_seconds" integer DEFAULT 30 NOT NULL,
	"escalation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "office_alarm_settings_min_check" CHECK ("office_alarm_settings"."min_reachable" between 0 and 100),
	CONSTRAINT "office_alarm_settings_timeout_check" CHECK ("office_alarm_settings"."ack_timeout_seconds" between 1 and 600)
);
--> statement-breakpoint
CREATE TABLE "response_team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "response_team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "response_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_teams_kind_check" CHECK ("response_teams"."kind" in ('intervention', 'bhv', 'security'))
);
--> statement-breakpoint
ALTER TABLE "alarm_deliveries" ADD CONSTRAINT "alarm_deliveries_alarm_id_alarms_id_fk" FOREIGN KEY ("alarm_id") REFERENCES "public"."alarms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_deliveries" ADD CONSTRAINT "alarm_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_events" ADD CONSTRAINT "alarm_events_alarm_id_alarms_id_fk" FOREIGN KEY ("alarm_id") REFERENCES "public"."alarms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_events" ADD CONSTRAINT "alarm_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_jobs" ADD CONSTRAINT "alarm_jobs_alarm_id_alarms_id_fk" FOREIGN KEY ("alarm_id") REFERENCES "public"."alarms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_recipients" ADD CONSTRAINT "alarm_recipients_alarm_id_alarms_id_fk" FOREIGN KEY ("alarm_id") REFERENCES "public"."alarms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_recipients" ADD CONSTRAINT "alarm_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_handling_id_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_first_acknowledged_by_users_id_fk" FOREIGN KEY ("first_acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_profiles" ADD CONSTRAINT "alarm_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_exceptions" ADD CONSTRAINT "duty_exceptions_team_id_response_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."response_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_exceptions" ADD CONSTRAINT "duty_exceptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_shifts" ADD CONSTRAINT "duty_shifts_team_id_response_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."response_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_shifts" ADD CONSTRAINT "duty_shifts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_alarm_settings" ADD CONSTRAINT "office_alarm_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_team_members" ADD CONSTRAINT "response_team_members_team_id_response_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."response_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_team_members" ADD CONSTRAINT "response_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_teams" ADD CONSTRAINT "response_teams_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alarm_deliveries_unique" ON "alarm_deliveries" USING btree ("alarm_id","user_id","channel");--> statement-breakpoint
CREATE INDEX "alarm_deliveries_pending_idx" ON "alarm_deliveries" USING btree ("user_id") WHERE "alarm_deliveries"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "alarm_events_alarm_idx" ON "alarm_events" USING btree ("alarm_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "alarm_jobs_level_unique" ON "alarm_jobs" USING btree ("alarm_id","level");--> statement-breakpoint
CREATE INDEX "alarm_jobs_due_idx" ON "alarm_jobs" USING btree ("due_at") WHERE "alarm_jobs"."done_at" is null;--> statement-breakpoint
CREATE INDEX "alarm_recipients_user_idx" ON "alarm_recipients" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "alarms_open_idx" ON "alarms" USING btree ("state");--> statement-breakpoint
CREATE INDEX "alarms_raised_by_idx" ON "alarms" USING btree ("raised_by","raised_at");--> statement-breakpoint
CREATE INDEX "duty_exceptions_team_idx" ON "duty_exceptions" USING btree ("team_id","ends_at");--> statement-breakpoint
CREATE INDEX "duty_shifts_team_idx" ON "duty_shifts" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "response_teams_office_idx" ON "response_teams" USING btree ("office_id");