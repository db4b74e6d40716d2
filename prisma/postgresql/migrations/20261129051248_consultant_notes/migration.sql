-- CreateTable
CREATE TABLE "ConsultantNote" (
    "id" TEXT NOT NULL,
    "diagnosticId" TEXT NOT NULL,
    "constraintId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultantNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsultantNote_diagnosticId_constraintId_key" ON "ConsultantNote"("diagnosticId", "constraintId");

-- AddForeignKey
ALTER TABLE "ConsultantNote" ADD CONSTRAINT "ConsultantNote_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
