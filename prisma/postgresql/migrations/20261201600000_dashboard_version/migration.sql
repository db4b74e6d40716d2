-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "dashboardVersion" INTEGER NOT NULL DEFAULT 0;

-- Dashboard versions: every change the consultants' dashboard can show renews the workspace's
-- "dashboardVersion" with a random number (as the report versions), so its page can be kept per
-- version (lib/workspace/dashboard-document.ts). A diagnostic counts when it is added, removed, moved,
-- finished or re-scored, not when an answer is saved.
CREATE FUNCTION "renew_dashboard_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "Workspace" SET "dashboardVersion" = floor(random() * 2147483647)::integer WHERE "id" = OLD."workspaceId";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE "Workspace" SET "dashboardVersion" = floor(random() * 2147483647)::integer WHERE "id" = NEW."workspaceId";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Diagnostic_dashboardVersion" AFTER INSERT OR DELETE OR UPDATE OF "status", "recommendation", "finishedAt", "createdAt", "leaderId", "workspaceId" ON "Diagnostic" FOR EACH ROW EXECUTE FUNCTION "renew_dashboard_version"();
CREATE TRIGGER "Leader_dashboardVersion" AFTER INSERT OR UPDATE OR DELETE ON "Leader" FOR EACH ROW EXECUTE FUNCTION "renew_dashboard_version"();
CREATE TRIGGER "Client_dashboardVersion" AFTER INSERT OR UPDATE OR DELETE ON "Client" FOR EACH ROW EXECUTE FUNCTION "renew_dashboard_version"();
