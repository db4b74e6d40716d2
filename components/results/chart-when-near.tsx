"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders a chart only once its place comes within 200 px of the viewport. The charting library is
 * the heaviest script on the results and report pages; loading it for charts nobody has scrolled to
 * yet kept phones busy for over a second on first load. Until then a fixed-height placeholder holds
 * the layout still, and prints as nothing: a print starts the loading too, but the chart arrives too
 * late for that print and is there for the next one.
 */
export function ChartWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), { rootMargin: "200px 0px" });
    observer.observe(element);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, []);
  return (
    <div ref={ref} style={{ height }} className={near ? undefined : "print:h-0!"}>
      {near ? children : <div aria-hidden="true" className="h-full w-full animate-pulse rounded-md bg-paper print:hidden" />}
    </div>
  );
}
