-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "startKeyHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Diagnostic_startKeyHash_key" ON "Diagnostic"("startKeyHash");
