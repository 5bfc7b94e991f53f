-- Pre-judgments and early warnings keep their sectors as a SectorSet (,03,04,; empty string for none), so scope
-- queries filter them in SQL.
update risk_prejudgment set sectors = ',' || sectors || ',' where sectors is not null and sectors <> '';
update risk_prejudgment set sectors = '' where sectors is null;
update risk_early_warning set sectors = ',' || sectors || ',' where sectors is not null and sectors <> '';
update risk_early_warning set sectors = '' where sectors is null;
