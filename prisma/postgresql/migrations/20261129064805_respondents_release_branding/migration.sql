-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "releaseSections" TEXT,
ADD COLUMN     "releasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "brandColor" TEXT,
ADD COLUMN     "brandLogo" TEXT,
ADD COLUMN     "brandName" TEXT;

-- CreateTable
CREATE TABLE "Respondent" (
    "id" TEXT NOT NULL,
    "diagnosticId" TEXT NOT NULL,
    "perspective" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Respondent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RespondentAnswer" (
    "id" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "constraintId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RespondentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Respondent_tokenHash_key" ON "Respondent"("tokenHash");

-- CreateIndex
CREATE INDEX "Respondent_diagnosticId_idx" ON "Respondent"("diagnosticId");

-- CreateIndex
CREATE UNIQUE INDEX "RespondentAnswer_respondentId_questionId_constraintId_key" ON "RespondentAnswer"("respondentId", "questionId", "constraintId");

-- AddForeignKey
ALTER TABLE "Respondent" ADD CONSTRAINT "Respondent_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RespondentAnswer" ADD CONSTRAINT "RespondentAnswer_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
