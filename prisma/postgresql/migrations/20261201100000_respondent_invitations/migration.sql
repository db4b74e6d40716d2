-- AlterTable
ALTER TABLE "Respondent" ADD COLUMN "openedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RespondentInvitation" (
    "respondentId" TEXT NOT NULL,
    "email" TEXT,
    "dueAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "deliveryKind" TEXT,
    "deliveryState" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "RespondentInvitation_pkey" PRIMARY KEY ("respondentId")
);

-- CreateIndex
CREATE INDEX "RespondentInvitation_deliveryState_nextAttemptAt_idx" ON "RespondentInvitation"("deliveryState", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "RespondentInvitation" ADD CONSTRAINT "RespondentInvitation_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
