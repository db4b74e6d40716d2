-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Diagnostic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "resumeTokenHash" TEXT,
    "startKeyHash" TEXT,
    "recommendation" TEXT,
    "workspaceId" TEXT,
    "leaderId" TEXT,
    "verdictBasis" TEXT,
    "reportVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Diagnostic_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Diagnostic_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Diagnostic" ("createdAt", "finishedAt", "id", "leaderId", "questionnaireVersion", "recommendation", "resumeTokenHash", "startKeyHash", "status", "updatedAt", "verdictBasis", "workspaceId") SELECT "createdAt", "finishedAt", "id", "leaderId", "questionnaireVersion", "recommendation", "resumeTokenHash", "startKeyHash", "status", "updatedAt", "verdictBasis", "workspaceId" FROM "Diagnostic";
DROP TABLE "Diagnostic";
ALTER TABLE "new_Diagnostic" RENAME TO "Diagnostic";
CREATE UNIQUE INDEX "Diagnostic_resumeTokenHash_key" ON "Diagnostic"("resumeTokenHash");
CREATE UNIQUE INDEX "Diagnostic_startKeyHash_key" ON "Diagnostic"("startKeyHash");
CREATE INDEX "Diagnostic_workspaceId_leaderId_idx" ON "Diagnostic"("workspaceId", "leaderId");
CREATE INDEX "Diagnostic_workspaceId_createdAt_idx" ON "Diagnostic"("workspaceId", "createdAt");
CREATE INDEX "Diagnostic_workspaceId_status_createdAt_idx" ON "Diagnostic"("workspaceId", "status", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
ALTER TABLE "Workspace" ADD COLUMN "brandingVersion" INTEGER NOT NULL DEFAULT 0;

-- Report versions: every change a report of a diagnostic can show renews its "reportVersion" (and a
-- change of the workspace's branding its "brandingVersion"), so a built report can be kept per
-- version (lib/report/kept-reports.ts) without the app knowing every write path. A version is renewed
-- with a random number, never counted up: a database restored under a running app cannot bring
-- back a number that named other data. Answers count only once the diagnostic is finished (before,
-- no report exists and saving an answer stays one write), and respondent answers only once submitted
-- (they cannot change after).
CREATE TRIGGER "DiagnosticResult_reportVersion_insert" AFTER INSERT ON "DiagnosticResult" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "DiagnosticResult_reportVersion_update" AFTER UPDATE ON "DiagnosticResult" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "DiagnosticResult_reportVersion_delete" AFTER DELETE ON "DiagnosticResult" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = OLD."diagnosticId";
END;
CREATE TRIGGER "ReportRelease_reportVersion_insert" AFTER INSERT ON "ReportRelease" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "ReportRelease_reportVersion_update" AFTER UPDATE ON "ReportRelease" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "ReportRelease_reportVersion_delete" AFTER DELETE ON "ReportRelease" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = OLD."diagnosticId";
END;
CREATE TRIGGER "ConsultantNote_reportVersion_insert" AFTER INSERT ON "ConsultantNote" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "ConsultantNote_reportVersion_update" AFTER UPDATE ON "ConsultantNote" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "ConsultantNote_reportVersion_delete" AFTER DELETE ON "ConsultantNote" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = OLD."diagnosticId";
END;
CREATE TRIGGER "Respondent_reportVersion_insert" AFTER INSERT ON "Respondent" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "Respondent_reportVersion_update" AFTER UPDATE ON "Respondent" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId";
END;
CREATE TRIGGER "Respondent_reportVersion_delete" AFTER DELETE ON "Respondent" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = OLD."diagnosticId";
END;
CREATE TRIGGER "Answer_reportVersion_insert" AFTER INSERT ON "Answer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId" AND "status" = 'finished';
END;
CREATE TRIGGER "Answer_reportVersion_update" AFTER UPDATE ON "Answer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = NEW."diagnosticId" AND "status" = 'finished';
END;
CREATE TRIGGER "Answer_reportVersion_delete" AFTER DELETE ON "Answer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = OLD."diagnosticId" AND "status" = 'finished';
END;
CREATE TRIGGER "RespondentAnswer_reportVersion_insert" AFTER INSERT ON "RespondentAnswer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = (SELECT "diagnosticId" FROM "Respondent" WHERE "id" = NEW."respondentId" AND "submittedAt" IS NOT NULL);
END;
CREATE TRIGGER "RespondentAnswer_reportVersion_update" AFTER UPDATE ON "RespondentAnswer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = (SELECT "diagnosticId" FROM "Respondent" WHERE "id" = NEW."respondentId" AND "submittedAt" IS NOT NULL);
END;
CREATE TRIGGER "RespondentAnswer_reportVersion_delete" AFTER DELETE ON "RespondentAnswer" BEGIN
    UPDATE "Diagnostic" SET "reportVersion" = abs(random() % 2147483647) WHERE "id" = (SELECT "diagnosticId" FROM "Respondent" WHERE "id" = OLD."respondentId" AND "submittedAt" IS NOT NULL);
END;
CREATE TRIGGER "Workspace_brandingVersion" AFTER UPDATE OF "brandName", "brandColor", "brandLogo" ON "Workspace" BEGIN
    UPDATE "Workspace" SET "brandingVersion" = abs(random() % 2147483647) WHERE "id" = NEW."id";
END;
