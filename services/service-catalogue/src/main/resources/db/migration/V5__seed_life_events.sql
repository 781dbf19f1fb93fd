-- Life events (elämäntilanteet) of the seeded services, so that citizens and companies can browse
-- the catalogue by their situation. The codes are Kohtaamo's own until the seed is mapped to the
-- national catalogue's life-event codes; a PTV import brings its own codes with their labels.
insert into service_classification (service_id, kind, code, label_fi, label_sv, label_en)
select s.id, 'LIFE_EVENT', e.code, e.label_fi, e.label_sv, e.label_en
from service s
join (values
  ('business-advisory', 'STARTING_A_BUSINESS'),
  ('business-development-aid', 'STARTING_A_BUSINESS'),
  ('rural-business-aid', 'STARTING_A_BUSINESS'),
  ('young-farmer-start-up-aid', 'STARTING_A_BUSINESS'),
  ('business-development-aid', 'GROWING_A_BUSINESS'),
  ('internationalisation-advice', 'GROWING_A_BUSINESS'),
  ('operating-environment-grant', 'GROWING_A_BUSINESS'),
  ('road-connection-permit', 'BUILDING_AND_HOUSING'),
  ('water-supply-grant', 'BUILDING_AND_HOUSING'),
  ('private-road-grant', 'BUILDING_AND_HOUSING'),
  ('contaminated-soil-notification', 'BUILDING_AND_HOUSING'),
  ('integration-advice', 'MOVING_TO_FINLAND'),
  ('agricultural-investment-aid', 'FARM_AND_FOREST'),
  ('agricultural-subsidy-inspections', 'FARM_AND_FOREST'),
  ('rural-subsidy-advice', 'FARM_AND_FOREST'),
  ('young-farmer-start-up-aid', 'FARM_AND_FOREST'),
  ('forest-biodiversity-metso', 'FARM_AND_FOREST'),
  ('private-nature-reserve', 'FARM_AND_FOREST')
) as link(service_code, code) on link.service_code = s.code
join (values
  ('STARTING_A_BUSINESS', 'Yrityksen perustaminen', 'Att grunda ett företag', 'Starting a business'),
  ('GROWING_A_BUSINESS', 'Yrityksen kasvu ja kansainvälistyminen', 'Företagets tillväxt och internationalisering', 'Growing a business and going international'),
  ('BUILDING_AND_HOUSING', 'Rakentaminen ja asuminen', 'Byggande och boende', 'Building and housing'),
  ('MOVING_TO_FINLAND', 'Muutto Suomeen', 'Flytta till Finland', 'Moving to Finland'),
  ('FARM_AND_FOREST', 'Maatila tai metsä', 'Gård eller skog', 'Owning a farm or forest')
) as e(code, label_fi, label_sv, label_en) on e.code = link.code;
