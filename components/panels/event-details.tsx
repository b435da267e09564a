"use client";
/**
 * The selected event in full: a region named "Event details" at the top of the side panel,
 * with its dates and how precise they are, where it was and how precise that is,
 * participants by country name, personnel (with the note when sources disagree), assets,
 * domains, the derived area or route length, its parent and child exercises (buttons that
 * select them) and every source (http(s) addresses as links opening in a new tab; anything
 * else as text). Escape anywhere on the page clears the selection; the close button too.
 *
 * The panel wears the event's layer style (lib/map/layer-presentation.ts): its edge in the
 * layer's colour and, before the layer's name, the layer's marker, filled for a named site
 * and hollow for an approximate one, as on the map. An imported event is styled as
 * imported, whatever side it names.
 *
 * A polite live region, present even when nothing is selected, tells screen-reader users
 * which event is now shown, since selecting from the list or the map does not move focus.
 */
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode, type RefObject } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { countryName } from "@/lib/domain/country-names";
import { layerColour, LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { PALETTES } from "@/lib/map/palette";
import { selectAllEvents, selectEventsById, selectSelectedEvent } from "@/lib/store/selectors";
import { formatDates, sizeText } from "@/lib/text/event-text";
import { KIND_TEXT } from "@/lib/text/kinds";
import { DATE_PRECISION_TEXT, LOCATION_PRECISION_TEXT } from "@/lib/text/precisions";
import { useAtlas } from "../state/atlas-store-provider";
import { isEditable, EVENT_DETAILS_HEADING_ID } from "../ui/focus";
import { MarkerSwatch } from "../ui/marker-swatch";
import { useColorScheme } from "../ui/use-color-scheme";
import { EventSources } from "./event-sources";
import { PersonnelField } from "./personnel-field";
import "./event-details.css";

const HEADING_ID = EVENT_DETAILS_HEADING_ID;

/**
 * Clears the selection. When focus was inside the panel, which is about to vanish, it goes
 * to the event's row in the list (found before the row loses its `aria-current`), else to
 * the first row, rather than falling to <body>.
 */
function useClearSelection(panel: RefObject<HTMLElement | null>): () => void {
  const selectEvent = useAtlas((s) => s.selectEvent);
  return () => {
    const hadFocus = panel.current?.contains(document.activeElement) ?? false;
    const row = document.querySelector<HTMLElement>('.atlas-sidebar [aria-current="true"]');
    selectEvent(null);
    if (hadFocus)
      requestAnimationFrame(() =>
        (row?.isConnected ? row : document.querySelector<HTMLElement>(".atlas-sidebar button"))?.focus(),
      );
  };
}

function useEscapeClears(active: boolean, clear: () => void) {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || isEditable(e.target)) return;
      clear();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active, clear]);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function RelatedEvents({ events }: { events: readonly AtlasEvent[] }) {
  const selectEvent = useAtlas((s) => s.selectEvent);
  return (
    <ul className="details-related">
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="details-link-button" onClick={() => selectEvent(e.id)}>
            {e.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Details({
  event: e,
  panel,
  onClose,
}: {
  event: AtlasEvent;
  panel: RefObject<HTMLElement | null>;
  onClose: () => void;
}) {
  const byId = useAtlas(selectEventsById);
  const all = useAtlas(selectAllEvents);
  const children = useMemo(
    () => all.filter((c) => c.parent === e.id).sort((a, b) => a.startDay - b.startDay),
    [all, e.id],
  );
  const parent = e.parent ? byId.get(e.parent) : undefined;
  const size = sizeText(e);
  const look = LAYER_PRESENTATION[e.layer];
  const colour = layerColour(PALETTES[useColorScheme()], e.layer);
  // By layer, not bloc: an imported event keeps its own style whatever side it names.
  const sideClass = `details-side-${look.paletteKey}`;
  const sideStyle = { "--details-side": colour } as CSSProperties;
  const precise = e.locationPrecision === "site";
  return (
    <section
      ref={panel}
      role="region"
      aria-label="Event details"
      className={`panel event-details ${sideClass}`}
      style={sideStyle}
    >
      <div className="details-header">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {e.name}
        </h2>
        <button type="button" className="details-close" aria-label="Close event details" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="details-kind">
        <MarkerSwatch shape={look.shape} fill={precise ? "filled" : "hollow"} halo={!precise} colour={colour} />
        {look.label} · {KIND_TEXT[e.kind]}
        {e.series ? ` · ${e.series} series` : ""}
      </p>
      {e.altNames.length > 0 ? <p className="details-alt">Also called {e.altNames.join("; ")}</p> : null}
      <dl className="details-fields">
        <Field label="Dates">
          {formatDates(e)} <span className="details-precision">({DATE_PRECISION_TEXT[e.datePrecision]})</span>
        </Field>
        <Field label="Where">
          {e.places.length > 0 ? e.places.join("; ") : "not named"}{" "}
          <span className="details-precision">({LOCATION_PRECISION_TEXT[e.locationPrecision]})</span>
          {e.geometryNote ? <span className="details-note">{e.geometryNote}</span> : null}
        </Field>
        {size ? <Field label={e.lengthKm !== null ? "Route length" : "Area"}>{size}</Field> : null}
        <Field label="Participants">{e.participants.map(countryName).join(", ")}</Field>
        <PersonnelField event={e} />
        {e.assets ? <Field label="Assets">{e.assets}</Field> : null}
        <Field label="Domains">
          {e.domains.length > 0 ? e.domains.join(", ").replaceAll("-", " ") : "not reported"}
        </Field>
        {e.parent ? <Field label="Part of">{parent ? <RelatedEvents events={[parent]} /> : e.parent}</Field> : null}
        {children.length > 0 ? (
          <Field label="Includes">
            <RelatedEvents events={children} />
          </Field>
        ) : null}
      </dl>
      <p className="details-description">{e.description}</p>
      {e.notes ? <p className="details-note">{e.notes}</p> : null}
      <EventSources sources={e.sources} />
    </section>
  );
}

export function EventDetails() {
  const event = useAtlas(selectSelectedEvent);
  const panel = useRef<HTMLElement>(null);
  const clear = useClearSelection(panel);
  useEscapeClears(event !== null, clear);
  return (
    <>
      {/* A live region without role="status": the page's notices own that role. */}
      <p className="visually-hidden" aria-live="polite">
        {event ? `Showing details of ${event.name}` : ""}
      </p>
      {event ? <Details event={event} panel={panel} onClose={clear} /> : null}
    </>
  );
}
