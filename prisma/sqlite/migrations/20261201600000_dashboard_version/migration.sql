-- AlterTable
-- Added in place rather than by rebuilding the table (Prisma's default on SQLite): a rebuild would
-- drop the report-version trigger on "Workspace".
ALTER TABLE "Workspace" ADD COLUMN "dashboardVersion" INTEGER NOT NULL DEFAULT 0;

-- Dashboard versions: every change the consultants' dashboard can show renews the workspace's
-- "dashboardVersion" with a random number (as the report versions), so its page can be kept per
-- version (lib/workspace/dashboard-document.ts). A diagnostic counts when it is added, removed, moved,
-- finished or re-scored, not when an answer is saved.
CREATE TRIGGER "Diagnostic_dashboardVersion_insert" AFTER INSERT ON "Diagnostic" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
END;
CREATE TRIGGER "Diagnostic_dashboardVersion_update" AFTER UPDATE OF "status", "recommendation", "finishedAt", "createdAt", "leaderId", "workspaceId" ON "Diagnostic" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
CREATE TRIGGER "Diagnostic_dashboardVersion_delete" AFTER DELETE ON "Diagnostic" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
CREATE TRIGGER "Leader_dashboardVersion_insert" AFTER INSERT ON "Leader" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
END;
CREATE TRIGGER "Leader_dashboardVersion_update" AFTER UPDATE ON "Leader" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
CREATE TRIGGER "Leader_dashboardVersion_delete" AFTER DELETE ON "Leader" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
CREATE TRIGGER "Client_dashboardVersion_insert" AFTER INSERT ON "Client" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
END;
CREATE TRIGGER "Client_dashboardVersion_update" AFTER UPDATE ON "Client" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = NEW."workspaceId";
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
CREATE TRIGGER "Client_dashboardVersion_delete" AFTER DELETE ON "Client" BEGIN
    UPDATE "Workspace" SET "dashboardVersion" = abs(random() % 2147483647) WHERE "id" = OLD."workspaceId";
END;
