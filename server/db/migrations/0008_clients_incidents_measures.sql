CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"client_number" text,
	"phone" text DEFAULT '' NOT NULL,
	"phone_digits" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handling_clients" (
	"handling_id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"linked_by" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reported_by" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"department_id" uuid,
	"route_to" text DEFAULT 'manager' NOT NULL,
	"handling_id" uuid,
	"occurred_at" timestamp with time zone,
	"location_kind" text,
	"office_id" uuid,
	"location_detail" text DEFAULT '' NOT NULL,
	"channel" text,
	"forms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"nature" text,
	"phase" smallint,
	"client_id" uuid,
	"client_description" text DEFAULT '' NOT NULL,
	"involved" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"witnesses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facts" text DEFAULT '' NOT NULL,
	"quotes" text DEFAULT '' NOT NULL,
	"injury" boolean DEFAULT false NOT NULL,
	"damage" boolean DEFAULT false NOT NULL,
	"police_involved" boolean DEFAULT false NOT NULL,
	"sick_leave" boolean DEFAULT false NOT NULL,
	"emotional_impact" smallint,
	"consequences" text DEFAULT '' NOT NULL,
	"wants_aftercare" boolean DEFAULT false NOT NULL,
	"hospital_admission" boolean DEFAULT false NOT NULL,
	"permanent_injury" boolean DEFAULT false NOT NULL,
	"death" boolean DEFAULT false NOT NULL,
	"absence_days" smallint,
	"inspectorate_reported_on" date,
	"case_status" text,
	"feedback" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ordegesprekken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"held_at" timestamp with time zone,
	"outcome" text DEFAULT '' NOT NULL,
	"agreements" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"incident_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"review_on" date,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approval_note" text DEFAULT '' NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD COLUMN "incident_id" uuid;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_clients" ADD CONSTRAINT "handling_clients_handling_id_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_clients" ADD CONSTRAINT "handling_clients_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handling_clients" ADD CONSTRAINT "handling_clients_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_attachments" ADD CONSTRAINT "incident_attachments_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_attachments" ADD CONSTRAINT "incident_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_employee_id_users_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_handling_id_handlings_id_fk" FOREIGN KEY ("handling_id") REFERENCES "public"."handlings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordegesprekken" ADD CONSTRAINT "ordegesprekken_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordegesprekken" ADD CONSTRAINT "ordegesprekken_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_measures" ADD CONSTRAINT "client_measures_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clients_name_idx" ON "clients" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "clients_number_idx" ON "clients" USING btree (lower("client_number"));--> statement-breakpoint
CREATE INDEX "clients_phone_idx" ON "clients" USING btree ("phone_digits");--> statement-breakpoint
CREATE INDEX "incident_attachments_incident_idx" ON "incident_attachments" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incidents_reporter_idx" ON "incidents" USING btree ("reported_by","status");--> statement-breakpoint
CREATE INDEX "incidents_employee_idx" ON "incidents" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "incidents_department_idx" ON "incidents" USING btree ("department_id","occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_client_idx" ON "incidents" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "incidents_occurred_idx" ON "incidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_handling_idx" ON "incidents" USING btree ("handling_id");--> statement-breakpoint
CREATE INDEX "ordegesprekken_incident_idx" ON "ordegesprekken" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "client_measures_client_idx" ON "client_measures" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_measures_incident_idx" ON "client_measures" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "client_measures_status_idx" ON "client_measures" USING btree ("status");