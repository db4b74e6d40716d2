-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "reportVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Workspace" ADD COLUMN     "brandingVersion" INTEGER NOT NULL DEFAULT 0;

-- Report versions: every change a report of a diagnostic can show renews its "reportVersion" (and a
-- change of the workspace's branding its "brandingVersion"), so a built report can be kept per
-- version (lib/report/kept-reports.ts) without the app knowing every write path. A version is renewed
-- with a random number, never counted up: a database restored under a running app cannot bring
-- back a number that named other data. Answers count only once the diagnostic is finished (before,
-- no report exists and saving an answer stays one write), and respondent answers only once submitted
-- (they cannot change after).
CREATE FUNCTION "renew_report_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = OLD."diagnosticId";
    ELSE
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = NEW."diagnosticId";
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION "renew_report_version_when_finished"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = OLD."diagnosticId" AND "status" = 'finished';
    ELSE
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = NEW."diagnosticId" AND "status" = 'finished';
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION "renew_report_version_when_submitted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = (SELECT "diagnosticId" FROM "Respondent" WHERE "id" = OLD."respondentId" AND "submittedAt" IS NOT NULL);
    ELSE
        UPDATE "Diagnostic" SET "reportVersion" = floor(random() * 2147483647)::integer
        WHERE "id" = (SELECT "diagnosticId" FROM "Respondent" WHERE "id" = NEW."respondentId" AND "submittedAt" IS NOT NULL);
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION "renew_branding_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."brandingVersion" := floor(random() * 2147483647)::integer;
    RETURN NEW;
END
$$;
CREATE TRIGGER "DiagnosticResult_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "DiagnosticResult" FOR EACH ROW EXECUTE FUNCTION "renew_report_version"();
CREATE TRIGGER "ReportRelease_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "ReportRelease" FOR EACH ROW EXECUTE FUNCTION "renew_report_version"();
CREATE TRIGGER "ConsultantNote_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "ConsultantNote" FOR EACH ROW EXECUTE FUNCTION "renew_report_version"();
CREATE TRIGGER "Respondent_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "Respondent" FOR EACH ROW EXECUTE FUNCTION "renew_report_version"();
CREATE TRIGGER "Answer_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "Answer" FOR EACH ROW EXECUTE FUNCTION "renew_report_version_when_finished"();
CREATE TRIGGER "RespondentAnswer_reportVersion" AFTER INSERT OR UPDATE OR DELETE ON "RespondentAnswer" FOR EACH ROW EXECUTE FUNCTION "renew_report_version_when_submitted"();
CREATE TRIGGER "Workspace_brandingVersion" BEFORE UPDATE OF "brandName", "brandColor", "brandLogo" ON "Workspace" FOR EACH ROW
    WHEN (OLD."brandName" IS DISTINCT FROM NEW."brandName" OR OLD."brandColor" IS DISTINCT FROM NEW."brandColor" OR OLD."brandLogo" IS DISTINCT FROM NEW."brandLogo")
    EXECUTE FUNCTION "renew_branding_version"();
