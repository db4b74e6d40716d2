-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "dashboardVersion" INTEGER NOT NULL DEFAULT 0;

-- Dashboard versions: every change the consultants' dashboard can show raises the workspace's
-- "dashboardVersion", so its page can be kept rendered per version (lib/workspace/dashboard-document.ts).
-- A diagnostic counts when it is added, removed, moved, finished or re-scored, not when an answer is saved.
CREATE FUNCTION "raise_dashboard_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "Workspace" SET "dashboardVersion" = "dashboardVersion" + 1 WHERE "id" = OLD."workspaceId";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE "Workspace" SET "dashboardVersion" = "dashboardVersion" + 1 WHERE "id" = NEW."workspaceId";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Diagnostic_dashboardVersion" AFTER INSERT OR DELETE OR UPDATE OF "status", "recommendation", "finishedAt", "createdAt", "leaderId", "workspaceId" ON "Diagnostic" FOR EACH ROW EXECUTE FUNCTION "raise_dashboard_version"();
CREATE TRIGGER "Leader_dashboardVersion" AFTER INSERT OR UPDATE OR DELETE ON "Leader" FOR EACH ROW EXECUTE FUNCTION "raise_dashboard_version"();
CREATE TRIGGER "Client_dashboardVersion" AFTER INSERT OR UPDATE OR DELETE ON "Client" FOR EACH ROW EXECUTE FUNCTION "raise_dashboard_version"();
