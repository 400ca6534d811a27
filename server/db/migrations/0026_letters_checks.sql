ALTER TABLE "confidential_reports" ADD CONSTRAINT "confidential_reports_anonymous_has_no_reporter" CHECK (NOT anonymous OR (reporter_id IS NULL AND contact = ''));
--> statement-breakpoint
ALTER TABLE "confidential_reports" ADD CONSTRAINT "confidential_reports_named_has_reporter" CHECK (anonymous OR reporter_id IS NOT NULL);
--> statement-breakpoint
ALTER TABLE "confidential_reports" ADD CONSTRAINT "confidential_reports_status_known" CHECK (status IN ('new','in_conversation','closed'));
--> statement-breakpoint
ALTER TABLE "confidential_messages" ADD CONSTRAINT "confidential_messages_author_known" CHECK ((author = 'reporter' AND confidant_id IS NULL) OR (author = 'confidant' AND confidant_id IS NOT NULL));
--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_version_positive" CHECK (version >= 1);
--> statement-breakpoint
ALTER TABLE "measure_letters" ADD CONSTRAINT "measure_letters_sha256_hex" CHECK (sha256 ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
CREATE FUNCTION letter_templates_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'letter template versions are never changed or removed; save a new version';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER letter_templates_no_change BEFORE UPDATE OR DELETE ON "letter_templates" FOR EACH ROW EXECUTE FUNCTION letter_templates_immutable();
--> statement-breakpoint
CREATE TRIGGER measure_letters_no_change BEFORE UPDATE ON "measure_letters" FOR EACH ROW EXECUTE FUNCTION letter_templates_immutable();
