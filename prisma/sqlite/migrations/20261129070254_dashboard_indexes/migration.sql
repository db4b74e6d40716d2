-- CreateIndex
CREATE INDEX "Diagnostic_workspaceId_createdAt_idx" ON "Diagnostic"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Diagnostic_workspaceId_status_createdAt_idx" ON "Diagnostic"("workspaceId", "status", "createdAt");
