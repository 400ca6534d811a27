-- Free-text search in the incident list (ILIKE '%term%' over facts, quotes, client description and location) read
-- every submitted report. A trigram index on the four fields joined finds the candidates instead. The separator
-- (U+001F) cannot occur in a search term, so a match never spans two fields. The expression must stay identical to
-- `searchableText` in incidents/repository.ts, or PostgreSQL stops using the index (a test checks the plan).
-- Not partial (status = 'submitted'): PostgreSQL only keeps statistics for the expression of a non-partial index,
-- and those statistics are what lets it walk the newest reports for a common word instead of sorting thousands.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incidents_search_trgm_idx" ON "incidents"
  USING gin (("facts" || E'\x1f' || "quotes" || E'\x1f' || "client_description" || E'\x1f' || "location_detail") gin_trgm_ops);
