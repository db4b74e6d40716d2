-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "resumeTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Diagnostic_resumeTokenHash_key" ON "Diagnostic"("resumeTokenHash");
