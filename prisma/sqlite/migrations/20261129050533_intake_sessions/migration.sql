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
    "workspaceId" TEXT,
    "leaderId" TEXT,
    CONSTRAINT "Diagnostic_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Diagnostic_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Diagnostic" ("createdAt", "finishedAt", "id", "questionnaireVersion", "resumeTokenHash", "status", "updatedAt") SELECT "createdAt", "finishedAt", "id", "questionnaireVersion", "resumeTokenHash", "status", "updatedAt" FROM "Diagnostic";
DROP TABLE "Diagnostic";
ALTER TABLE "new_Diagnostic" RENAME TO "Diagnostic";
CREATE UNIQUE INDEX "Diagnostic_resumeTokenHash_key" ON "Diagnostic"("resumeTokenHash");
CREATE INDEX "Diagnostic_workspaceId_leaderId_idx" ON "Diagnostic"("workspaceId", "leaderId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
