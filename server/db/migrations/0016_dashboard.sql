CREATE TABLE "complaint_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" date NOT NULL,
	"office_id" uuid,
	"count" integer NOT NULL,
	"entered_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_counts_count_check" CHECK ("complaint_counts"."count" >= 0),
	CONSTRAINT "complaint_counts_month_check" CHECK (extract(day from "complaint_counts"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "report_language_findings" (
	"incident_id" uuid PRIMARY KEY NOT NULL,
	"judgements" smallint NOT NULL,
	"analysed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_counts" ADD CONSTRAINT "complaint_counts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_counts" ADD CONSTRAINT "complaint_counts_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_language_findings" ADD CONSTRAINT "report_language_findings_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaint_counts_month_office_unique" ON "complaint_counts" USING btree ("month",coalesce("office_id"::text, ''));