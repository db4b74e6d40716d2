-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN "verdictBasis" TEXT;

-- AlterTable
ALTER TABLE "Respondent" ADD COLUMN "smallGroupConsent" BOOLEAN NOT NULL DEFAULT false;
