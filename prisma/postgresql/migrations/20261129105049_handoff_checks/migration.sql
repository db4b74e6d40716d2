-- CreateTable
CREATE TABLE "HandoffCheck" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "leaderId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandoffCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HandoffCheck_workspaceId_leaderId_idx" ON "HandoffCheck"("workspaceId", "leaderId");

-- CreateIndex
CREATE UNIQUE INDEX "HandoffCheck_leaderId_criterion_key" ON "HandoffCheck"("leaderId", "criterion");

-- AddForeignKey
ALTER TABLE "HandoffCheck" ADD CONSTRAINT "HandoffCheck_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Leader"("id") ON DELETE CASCADE ON UPDATE CASCADE;
