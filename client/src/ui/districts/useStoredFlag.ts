/** A yes/no the person chose, remembered in localStorage across visits (storage refused: this visit only). */
import { useCallback, useState } from "react";

export function useStoredFlag(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      const v = localStorage.getItem(key);
      return v === null ? initial : v === "1";
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        localStorage.setItem(key, next ? "1" : "0");
      } catch {
        // private mode or storage full: the choice lasts this visit
      }
    },
    [key],
  );
  return [on, set];
}
