import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./ui/App.js";
// The stylesheet by area, in cascade order: a later file may override an earlier one.
import "./styles/base.css";
import "./styles/shell.css";
import "./styles/sidebar.css";
import "./styles/canvas.css";
import "./styles/details.css";
import "./styles/cypher.css";
import "./styles/search.css";
import "./styles/reader.css";
import "./styles/chain.css";
import "./styles/chainTable.css";
import "./styles/overview.css";
import "./styles/districtMap.css";
import "./styles/districts.css";
import "./styles/districtPanel.css";
import "./styles/present.css";
import "./styles/share.css";
import "./styles/export.css";
import "./styles/story.css";
import "./styles/presentMode.css";
import "./styles/presentOverlay.css";
import "./styles/presenterWindow.css";
import "./styles/plans.css";

// `?presenter=1`: the presenter window story mode opens beside itself (ui/present/PresenterWindow.tsx).
const presenter = new URLSearchParams(window.location.search).get("presenter") === "1";
const PresenterWindow = lazy(() => import("./ui/present/PresenterWindow.js").then((mod) => ({ default: mod.PresenterWindow })));

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {presenter ? (
      <Suspense fallback={null}>
        <PresenterWindow />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
