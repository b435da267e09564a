"use client";
/**
 * One store per page, created on first render from the server's initial state, and a hook
 * to read it with a selector (zustand's recommended pattern for Next: no module-global store).
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import { createAtlasStore, type AtlasInit, type AtlasStore } from "@/lib/store/atlas-store";

const AtlasStoreContext = createContext<StoreApi<AtlasStore> | null>(null);

declare global {
  interface Window {
    /** The page's store, for the end-to-end tests and the benchmark (same actions the UI calls). */
    __atlasStore?: StoreApi<AtlasStore>;
  }
}

export function AtlasStoreProvider({ init, children }: { init: AtlasInit; children: ReactNode }) {
  const [store] = useState(() => createAtlasStore(init));
  useEffect(() => {
    window.__atlasStore = store;
  }, [store]);
  return <AtlasStoreContext.Provider value={store}>{children}</AtlasStoreContext.Provider>;
}

export function useAtlasStoreApi(): StoreApi<AtlasStore> {
  const store = useContext(AtlasStoreContext);
  if (!store) throw new Error("useAtlas must be used inside <AtlasStoreProvider>");
  return store;
}

/** Reads from the store; re-renders only when the selected value changes (Object.is). */
export function useAtlas<T>(selector: (s: AtlasStore) => T): T {
  return useStore(useAtlasStoreApi(), selector);
}
