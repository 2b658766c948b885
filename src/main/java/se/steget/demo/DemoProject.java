package se.steget.demo;

import java.time.LocalDate;
import java.util.List;

import se.steget.project.ProjectPhase;

/**
 * One seed project's metadata as its description gives it; organisations by name.
 */
record DemoProject(String template, String name, String programmeArea, ProjectPhase phase, String owner,
		Long esfGrantSek, Long totalBudgetSek, LocalDate periodStart, LocalDate periodEnd, String region,
		String targetGroup, Integer quotaWomen, Integer quotaMen, Integer quotaTotal, List<String> municipalities,
		List<String> coFinancers, List<String> partners, int participants) {

	private static final String AREA_2 = "Programområde 2 Ökat arbetskraftsutbud";

	static List<DemoProject> seeds() {
		return List.of(jobbkontakten(), opis(), jobGuarantee(), jobbfokus(), creaDiem());
	}

	private static DemoProject jobbkontakten() {
		return new DemoProject("jobbkontakten", "Jobbkontakten", AREA_2, ProjectPhase.IMPLEMENTATION, "Af Västervik",
				6_530_000L, 24_130_000L, LocalDate.of(2008, 5, 5), LocalDate.of(2010, 8, 31), "Småland och Öarna",
				"Arbetssökande inskrivna i jobb- och utvecklingsgarantin som står långt från arbetsmarknaden och riskerar"
						+ " att bli kvar mer än 450 dagar. Prioriterade: arbetssökande med invandrarbakgrund och/eller"
						+ " funktionshinder samt personer med bristfällig skolunderbyggnad.",
				null, null, null,
				List.of("Alvesta", "Aneby", "Borgholm", "Eksjö", "Emmaboda", "Gislaved", "Gnosjö", "Gotland", "Habo",
						"Hultsfred", "Högsby", "Jönköping", "Kalmar", "Lessebo", "Ljungby", "Markaryd", "Mullsjö",
						"Mönsterås", "Mörbylånga", "Nybro", "Nässjö", "Oskarshamn", "Sävsjö", "Tingsryd", "Torsås",
						"Tranås", "Uppvidinge", "Vaggeryd", "Vetlanda", "Vimmerby", "Värnamo", "Västervik", "Växjö",
						"Älmhult"),
				List.of("Af Jönköping", "Af Västervik", "Arbetsförmedlingen Växjö"), List.of("Af Jönköping"), 30);
	}

	private static DemoProject opis() {
		return new DemoProject("opis", "OPIS", AREA_2, ProjectPhase.IMPLEMENTATION, "Arbetsförmedlingen", null, null,
				LocalDate.of(2025, 1, 2), LocalDate.of(2027, 12, 30), "Småland och Öarna",
				"Långtidsarbetslösa (i första hand mer än 24 månader) där tidigare stödåtgärder inte varit någon lösning."
						+ " Prioriterade: utomeuropeiskt födda kvinnor som är 25 år och äldre. Deltagande på 100 % av"
						+ " arbetsutbudet, i genomsnitt sex månader.",
				200, 200, 400,
				List.of("Eksjö", "Emmaboda", "Gislaved", "Jönköping", "Kalmar", "Nybro", "Oskarshamn", "Sävsjö",
						"Vetlanda", "Västervik"),
				List.of("Arbetsförmedlingen"),
				List.of("Eksjö kommun", "Emmaboda kommun", "Gislaveds kommun", "Jönköpings kommun", "Kalmar kommun",
						"Nybro kommun", "Oskarshamns kommun", "Sävsjö kommun", "Vetlanda kommun", "Västerviks kommun"),
				60);
	}

	private static DemoProject jobGuarantee() {
		return new DemoProject("jobb-och-utvecklingsgarantin", "Jobb- och utvecklingsgarantin",
				"Nationellt arbetsmarknadspolitiskt program", ProjectPhase.CLOSED, "Arbetsförmedlingen", null, null,
				LocalDate.of(2007, 7, 2), LocalDate.of(2022, 12, 31), "Hela Sverige",
				"Arbetssökande som förbrukat sina ersättningsdagar och arbetssökande utan a-kassa som varit"
						+ " sammanhängande arbetslösa eller programdeltagare och anmälda på Arbetsförmedlingen i minst 18"
						+ " månader.",
				null, null, null, List.of("Stockholm", "Göteborg", "Malmö", "Kalmar", "Jönköping"), List.of(),
				List.of(), 30);
	}

	private static DemoProject jobbfokus() {
		return new DemoProject("jobbfokus", "Jobbfokus Närke-Värmland", AREA_2, ProjectPhase.IMPLEMENTATION,
				"Henric Burak AB", 6_770_099L, 17_110_099L, LocalDate.of(2008, 5, 1), LocalDate.of(2010, 4, 30),
				"Östra Mellansverige",
				"Personer som står långt från arbetsmarknaden och som behöver individualiserade, specialiserade och"
						+ " intensiva insatser för att komma in på, eller tillbaka till, arbetsmarknaden.",
				null, null, null,
				List.of("Arboga", "Askersund", "Boxholm", "Degerfors", "Eskilstuna", "Fagersta", "Finspång", "Flen",
						"Gnesta", "Hallsberg", "Hallstahammar", "Heby", "Hällefors", "Katrineholm", "Kinda", "Knivsta",
						"Kumla", "Kungsör", "Köping", "Laxå", "Lekeberg", "Lindesberg", "Linköping", "Ljusnarsberg",
						"Mjölby", "Motala", "Nora", "Norberg", "Norrköping", "Nyköping", "Oxelösund", "Sala",
						"Skinnskatteberg", "Strängnäs", "Surahammar", "Söderköping", "Trosa", "Vadstena",
						"Valdemarsvik", "Vingåker", "Västerås", "Ydre", "Åtvidaberg", "Ödeshög", "Örebro"),
				List.of("Arbetsförmedlingen Degerfors", "Arbetsförmedlingen Kristinehamn"),
				List.of("Arbetsförmedlingen Degerfors", "Arbetsförmedlingen Kristinehamn"), 40);
	}

	private static DemoProject creaDiem() {
		return new DemoProject("creadiem", "CreaDiem", AREA_2, ProjectPhase.IMPLEMENTATION, "Socialförvaltningen",
				6_492_410L, 16_811_676L, LocalDate.of(2010, 11, 1), LocalDate.of(2014, 4, 30), "Småland och Öarna",
				"110 deltagare som har extra svårt att komma ut på arbetsmarknaden, även transnationellt (Baltikum,"
						+ " Norge och Danmark).",
				null, null, 110, List.of("Borgholm", "Gotland", "Kalmar", "Mörbylånga"),
				List.of("Af Kalmar", "Arbetsförmedlingen Borgholm", "Borgholms kommun", "Mörbylånga kommun",
						"Socialförvaltningen"),
				List.of("Af Kalmar", "Arbetsförmedlingen Borgholm", "Borgholms kommun", "Hansa Utbildning AB",
						"Högalids folkhögskola", "Kunskapsnavet", "LB Karriär AB", "Mörbylånga kommun",
						"Socialförvaltningen", "Ölands folkhögskola"),
				25);
	}

}
