-- Two audiences, two releases: the leader's and the board's, each pinned to a result revision.

-- CreateTable
CREATE TABLE "ReportRelease" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "diagnosticId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "sections" TEXT NOT NULL,
    "resultRevision" INTEGER NOT NULL,
    "releasedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportRelease_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportRelease_diagnosticId_audience_key" ON "ReportRelease"("diagnosticId", "audience");

-- The single release of before becomes both, pinned to the latest result (what it showed). The
-- board keeps its sections. The release to the leader loses "costs", which the leader sees only
-- when the consultant ticks the failed-tenure option, and the plan to replace them stays unticked.
INSERT INTO "ReportRelease" ("id", "diagnosticId", "audience", "sections", "resultRevision", "releasedAt")
SELECT d."id" || '-board', d."id", 'board', COALESCE(d."releaseSections", '[]'),
       (SELECT MAX(r."revision") FROM "DiagnosticResult" r WHERE r."diagnosticId" = d."id"), d."releasedAt"
FROM "Diagnostic" d
WHERE d."releasedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "DiagnosticResult" r WHERE r."diagnosticId" = d."id");

INSERT INTO "ReportRelease" ("id", "diagnosticId", "audience", "sections", "resultRevision", "releasedAt")
SELECT d."id" || '-leader', d."id", 'leader',
       (SELECT json_group_array(s.value) FROM json_each(COALESCE(d."releaseSections", '[]')) s WHERE s.value NOT IN ('costs', 'replacement_plan', 'tenure_cost')),
       (SELECT MAX(r."revision") FROM "DiagnosticResult" r WHERE r."diagnosticId" = d."id"), d."releasedAt"
FROM "Diagnostic" d
WHERE d."releasedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "DiagnosticResult" r WHERE r."diagnosticId" = d."id");

-- AlterTable
ALTER TABLE "Diagnostic" DROP COLUMN "releaseSections";
ALTER TABLE "Diagnostic" DROP COLUMN "releasedAt";
