-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN "releaseSections" TEXT;
ALTER TABLE "Diagnostic" ADD COLUMN "releasedAt" DATETIME;

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "brandColor" TEXT;
ALTER TABLE "Workspace" ADD COLUMN "brandLogo" TEXT;
ALTER TABLE "Workspace" ADD COLUMN "brandName" TEXT;

-- CreateTable
CREATE TABLE "Respondent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "diagnosticId" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    CONSTRAINT "Respondent_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RespondentAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "respondentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "constraintId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RespondentAnswer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");

-- CreateIndex
CREATE INDEX "Respondent_diagnosticId_idx" ON "Respondent"("diagnosticId");

-- CreateIndex
CREATE UNIQUE INDEX "RespondentAnswer_respondentId_questionId_constraintId_key" ON "RespondentAnswer"("respondentId", "questionId", "constraintId");
