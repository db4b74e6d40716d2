-- AlterTable
ALTER TABLE "HandoffCheck" ADD COLUMN "confirmedBy" TEXT;
ALTER TABLE "HandoffCheck" ADD COLUMN "evidence" TEXT;
