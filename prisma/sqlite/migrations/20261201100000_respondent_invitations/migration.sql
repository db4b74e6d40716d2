-- AlterTable
ALTER TABLE "Respondent" ADD COLUMN "openedAt" DATETIME;

-- CreateTable
CREATE TABLE "RespondentInvitation" (
    "respondentId" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT,
    "dueAt" DATETIME,
    "remindedAt" DATETIME,
    "deliveryKind" TEXT,
    "deliveryState" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME,
    "sentAt" DATETIME,
    CONSTRAINT "RespondentInvitation_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RespondentInvitation_deliveryState_nextAttemptAt_idx" ON "RespondentInvitation"("deliveryState", "nextAttemptAt");
