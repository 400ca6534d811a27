CREATE TABLE "confidential_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"author" text NOT NULL,
	"confidant_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confidential_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"confidant_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confidential_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"category" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"reporter_id" uuid,
	"contact" text DEFAULT '' NOT NULL,
	"occurred_on" date,
	"description" text NOT NULL,
	"involved" text DEFAULT '' NOT NULL,
	"wish" text DEFAULT '' NOT NULL,
	"code_hash" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "confidential_reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "confidential_reports_code_hash_unique" UNIQUE("code_hash")
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"template_version" integer NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"generated_by" uuid NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "confidential_messages" ADD CONSTRAINT "confidential_messages_report_id_confidential_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."confidential_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_messages" ADD CONSTRAINT "confidential_messages_confidant_id_users_id_fk" FOREIGN KEY ("confidant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_notes" ADD CONSTRAINT "confidential_notes_report_id_confidential_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."confidential_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_notes" ADD CONSTRAINT "confidential_notes_confidant_id_users_id_fk" FOREIGN KEY ("confidant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_reports" ADD CONSTRAINT "confidential_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_letters" ADD CONSTRAINT "measure_letters_measure_id_client_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."client_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_letters" ADD CONSTRAINT "measure_letters_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "confidential_messages_report_idx" ON "confidential_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "confidential_notes_report_idx" ON "confidential_notes" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "confidential_reports_status_idx" ON "confidential_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_kind_version_idx" ON "letter_templates" USING btree ("kind","version");--> statement-breakpoint
CREATE INDEX "measure_letters_measure_idx" ON "measure_letters" USING btree ("measure_id","generated_at");