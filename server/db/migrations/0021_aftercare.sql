CREATE TABLE "aftercare_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"days" smallint NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aftercare_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"person_role" text NOT NULL,
	"department_id" uuid,
	"caretaker" text NOT NULL,
	"kind" text NOT NULL,
	"sequence" smallint,
	"opens_on" date NOT NULL,
	"due_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"needs" text DEFAULT '' NOT NULL,
	"wellbeing" smallint,
	"referrals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"held_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"referral_handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aftercare_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"schedule" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_debriefs" (
	"incident_id" uuid PRIMARY KEY NOT NULL,
	"held_on" date NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"went_well" text DEFAULT '' NOT NULL,
	"could_be_sharper" text DEFAULT '' NOT NULL,
	"triggers" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_evaluations" (
	"incident_id" uuid PRIMARY KEY NOT NULL,
	"protocol_followed" text NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"needs_tightening" boolean NOT NULL,
	"evaluated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protocol_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"proposal" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"adopted_in_version" integer,
	"rejection_reason" text DEFAULT '' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aftercare_absences" ADD CONSTRAINT "aftercare_absences_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_absences" ADD CONSTRAINT "aftercare_absences_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_absences" ADD CONSTRAINT "aftercare_absences_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_checkins" ADD CONSTRAINT "aftercare_checkins_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aftercare_settings" ADD CONSTRAINT "aftercare_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_debriefs" ADD CONSTRAINT "incident_debriefs_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_debriefs" ADD CONSTRAINT "incident_debriefs_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_evaluations" ADD CONSTRAINT "incident_evaluations_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_evaluations" ADD CONSTRAINT "incident_evaluations_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_proposals" ADD CONSTRAINT "protocol_proposals_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_proposals" ADD CONSTRAINT "protocol_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_proposals" ADD CONSTRAINT "protocol_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aftercare_absences_incident_idx" ON "aftercare_absences" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "aftercare_checkins_incident_idx" ON "aftercare_checkins" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "aftercare_checkins_person_idx" ON "aftercare_checkins" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "aftercare_checkins_department_idx" ON "aftercare_checkins" USING btree ("department_id","due_on");--> statement-breakpoint
CREATE INDEX "protocol_proposals_status_idx" ON "protocol_proposals" USING btree ("status","created_at");