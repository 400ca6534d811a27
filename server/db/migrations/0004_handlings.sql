CREATE TABLE "follow_up_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handling_id" uuid,
	"kind" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid
);
--> statement-breakpoint
CREATE TABLE "handling_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"handling_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid NOT NULL,
	"type" text NOT NULL,
	"step_id" text,
	"branch" smallint,
	"reason" text,
	"phase" smallint,
	"to_user_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handlings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"protocol_version" integer NOT NULL,
	"procedure_key" text NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"current_step_id" text NOT NULL,
	"phase" smallint,
	"started_by" uuid NOT NULL,
	"handler_id" uuid NOT NULL,
	"office_id" uuid,
	"department_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"summary" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_handling_id_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_events" ADD CONSTRAINT "handling_events_handling_id_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_events" ADD CONSTRAINT "handling_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_events" ADD CONSTRAINT "handling_events_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlings" ADD CONSTRAINT "handlings_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlings" ADD CONSTRAINT "handlings_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlings" ADD CONSTRAINT "handlings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_tasks_assignee_idx" ON "follow_up_tasks" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "handling_events_handling_idx" ON "handling_events" USING btree ("handling_id","id");--> statement-breakpoint
CREATE INDEX "handlings_handler_idx" ON "handlings" USING btree ("handler_id","status");--> statement-breakpoint
CREATE INDEX "handlings_department_idx" ON "handlings" USING btree ("department_id");