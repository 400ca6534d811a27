ALTER TABLE "incidents" ADD COLUMN "hospital_admission" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "permanent_injury" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "death" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "absence_days" smallint;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "inspectorate_reported_on" date;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_absence_days_range" CHECK (absence_days IS NULL OR absence_days BETWEEN 0 AND 1000);
