import { StrictMode } from "react";
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

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
