"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { AnswerQueue } from "@/components/questionnaire/answer-queue";

export { answerKey, type SaveState } from "@/components/questionnaire/answer-queue";

/** The page's answer queue, with its state as React state and a warning before leaving with unsaved answers. */
export function useAnswerSaver(endpoint: string) {
  const [queue] = useState(() => new AnswerQueue(endpoint));
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (queue.hasPending()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queue]);

  return {
    save: (questionId: string, constraintId: string | null, value: unknown) => queue.save(questionId, constraintId, value),
    ...snapshot,
  };
}
