-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "recommendation" TEXT;
