// Quote articles written and labelled before the extractor was run on them: who said each quote.
// Checks the extractor is known to miss are listed with the reason (KNOWN in quotes.test.ts).
export interface QuoteArticle {
  readonly title: string;
  readonly text: string;
  /** [words the quote contains, its speaker] */
  readonly quotes: readonly (readonly [string, string])[];
}

export const QUOTE_ARTICLES: readonly QuoteArticle[] = [
  {
    title: "business: job cuts at a shipping group",
    text: "Harbor Freight Lines to cut 400 jobs as shipping slows\n\nROTTERDAM — Harbor Freight Lines will cut 400 jobs at its Dutch terminals, the shipping group said on Tuesday, blaming a slump in container traffic.\n\n\"We have no choice but to adapt to the volumes we see,\" chief executive Marieke de Vries told reporters at the company's headquarters.\n\n\"The decision was painful, and we will support every employee affected.\"\n\nThe union representing dock workers, FNV Havens, called the cuts \"a betrayal of the people who kept the port running during the pandemic.\" Its spokesman, Joost Bakker, said the union would meet the management next week.\n\n\"We will not accept forced redundancies,\" the spokesman said.\n\nThe company said in a statement that the cuts would save about 60 million euros a year. \"These savings are needed to keep our fleet competitive,\" it said.\n\nAnalysts were divided. Peter Lang, an analyst at ING, said the move was overdue. \"Harbor Freight has been carrying too many people for two years,\" he said. Sophie Martin of Rabobank disagreed, telling clients the cuts were \"a short-term fix for a long-term problem.\"\n",
    quotes: [
      ["We have no choice", "Marieke de Vries"],
      ["The decision was painful", "Marieke de Vries"],
      ["a betrayal of the people", "FNV Havens"],
      ["We will not accept forced", "Joost Bakker"],
      ["These savings are needed", "Harbor Freight Lines"],
      ["Harbor Freight has been carrying", "Peter Lang"],
      ["a short-term fix", "Sophie Martin"],
    ],
  },
  {
    title: "politics: a senator blocks a nominee",
    text: "Senator blocks nominee over water rights\n\nWASHINGTON — Senator Laura Whitfield said on Thursday she would block the confirmation of Daniel Ortega-Reyes as head of the Bureau of Reclamation until he explains his role in a disputed water deal.\n\n\"I am not going to rubber-stamp someone who has not answered basic questions,\" Whitfield said.\n\nOrtega-Reyes, a former utility executive, met the senator last week. He told her the deal had been approved by career staff, according to an aide. \"He was polite, but he had no answers,\" the aide said.\n\nA White House spokesman said the president stood by the nominee. \"Mr. Ortega-Reyes is superbly qualified, and we expect the Senate to confirm him,\" the spokesman said.\n\nThe senator was unmoved. \"Qualified people answer questions,\" she said.\n\nWhitfield's colleague, Senator Mark Ellison, urged a quick vote. \"The bureau has been without a leader for nine months,\" Ellison said. \"That is not good for farmers, and it is not good for cities.\"\n",
    quotes: [
      ["I am not going to rubber-stamp", "Laura Whitfield"],
      ["He was polite", "the aide"],
      ["Mr. Ortega-Reyes is superbly", "a White House spokesman"],
      ["Qualified people answer", "Laura Whitfield"],
      ["The bureau has been without", "Mark Ellison"],
      ["That is not good for farmers", "Mark Ellison"],
    ],
  },
  {
    title: "courts: a retrial ordered",
    text: "Court orders retrial in bakery fire case\n\nA judge at Leeds Crown Court on Monday ordered a retrial of Graham Pollard, a baker accused of setting fire to his own shop to claim the insurance.\n\nJudge Helen Carter said the jury had been given evidence that should not have been shown to it. \"The trial was unfair to the defendant, and it cannot stand,\" the judge said.\n\nPollard's lawyer, Asha Rahman, welcomed the ruling. \"My client has always maintained his innocence,\" she said outside the court.\n\n\"He looks forward to clearing his name.\"\n\nThe prosecution said it would ask for the retrial to be heard quickly. A spokeswoman for the Crown Prosecution Service said: \"We respect the court's decision and will prepare the case again.\"\n\nPolice officer Tom Reilly, who investigated the fire, told the court last year that the shop's alarm had been switched off. \"Someone disabled it on purpose,\" he said at the time.\n",
    quotes: [
      ["The trial was unfair", "Helen Carter"],
      ["My client has always", "Asha Rahman"],
      ["He looks forward to clearing", "Asha Rahman"],
      ["We respect the court", "Crown Prosecution Service"],
      ["Someone disabled it", "Tom Reilly"],
    ],
  },
  {
    title: "sports: a cup semi-final",
    text: "Striker's late goal sends Rovers into the cup final\n\nBristol Rovers reached the cup final on Saturday after Kwame Mensah scored in the 89th minute against Portsmouth.\n\n\"It was the best moment of my career,\" Mensah said after the match. \"I saw the keeper move early and I just hit it.\"\n\nHis manager, Ian Doyle, praised the forward's patience. \"Kwame waited all game for one chance, and he took it,\" Doyle said.\n\nPortsmouth's coach, Stefan Richter, blamed the referee for the corner that led to the goal. \"It was never a corner,\" Richter said. \"Everyone in the stadium saw it.\"\n\nThe club said it would not complain formally. \"We accept the result and congratulate Rovers,\" a Portsmouth spokeswoman said.\n\nMensah's teammate Lewis Grant said the squad believed they could win the final. \"We fear nobody,\" he said.\n",
    quotes: [
      ["It was the best moment", "Kwame Mensah"],
      ["I saw the keeper", "Kwame Mensah"],
      ["Kwame waited all game", "Ian Doyle"],
      ["It was never a corner", "Stefan Richter"],
      ["Everyone in the stadium", "Stefan Richter"],
      ["We accept the result", "Portsmouth"],
      ["We fear nobody", "Lewis Grant"],
    ],
  },
  {
    title: "science: a heat-wave study",
    text: "Study links heat waves to hospital admissions\n\nHospital admissions in southern Europe rise by nearly a fifth during heat waves, according to a study published on Wednesday in The Lancet.\n\nThe researchers, led by Elena Rossi of the University of Bologna, analysed records from 300 hospitals. \"The effect is strongest among people over 75,\" Rossi said in an interview.\n\nShe added that the findings should change how hospitals plan for summer. \"We know the heat is coming. We can prepare staff and beds before it arrives.\"\n\nCarlos Mendes, a public health official in Lisbon who was not involved in the study, said the results matched what doctors saw. \"Every summer our emergency rooms fill up in the same week,\" Mendes said.\n\nThe World Health Organization said the study added to the evidence that heat is a major health risk. \"Countries must treat heat waves as emergencies,\" the agency said in a statement.\n",
    quotes: [
      ["The effect is strongest", "Elena Rossi"],
      ["We know the heat is coming", "Elena Rossi"],
      ["Every summer our emergency", "Carlos Mendes"],
      ["Countries must treat", "World Health Organization"],
    ],
  },
  {
    title: "politics: a budget debate",
    text: "Minister defends budget cuts as opposition walks out\n\nOTTAWA — Finance Minister Claire Dubois defended her spending cuts on Wednesday as opposition lawmakers walked out of the chamber.\n\n\"These are hard choices, but they are the right choices,\" Dubois told parliament. \"We cannot leave our children a mountain of debt.\"\n\nThe opposition leader, Martin Chow, said the cuts would hurt the poorest families. \"The minister is balancing the books on the backs of the vulnerable,\" Chow said.\n\nDubois later met the premier of Ontario, Sandra Kim, who has criticised the cuts to health transfers. After the meeting, Kim said the talks had been frank. \"I told the minister that Ontario will not pay for Ottawa's choices,\" the premier said.\n\nThe minister said she was open to changes. \"My door is always open,\" she said.\n",
    quotes: [
      ["These are hard choices", "Claire Dubois"],
      ["We cannot leave our children", "Claire Dubois"],
      ["The minister is balancing", "Martin Chow"],
      ["I told the minister", "Sandra Kim"],
      ["My door is always open", "Claire Dubois"],
    ],
  },
  {
    title: "politics: a governor vetoes a bill",
    text: "Governor vetoes school funding bill\n\nSACRAMENTO — Governor Teresa Alvarado vetoed a bill on Friday that would have sent $2 billion more to rural school districts, saying the state could not afford it.\n\n\"I support our rural schools, but I cannot sign a bill with no way to pay for it,\" Alvarado wrote in her veto message.\n\nThe bill's author, state Senator Raymond Okafor, called the veto \"a slap in the face to every teacher outside our big cities.\"\n\n\"The governor had months to tell us what she wanted,\" said Okafor, a Democrat from Fresno. \"She waited until the last day.\"\n\nThe governor's office disputed that account. According to her press secretary, Lena Marsh, the governor \"raised the cost with the senator in March and again in June.\"\n\nRepublicans in the Assembly welcomed the veto. Their leader, Dale Pruett, put it this way: \"You do not fix schools by writing checks the state cannot cash.\"\n\nOkafor said he would try to override the veto. The senator said he had spoken with members of both parties. \"We are close,\" he said. \"We need six more votes, and I think we can find them.\"\n\nAsked about an override, the governor was dismissive. \"The votes are not there,\" she told reporters in Fresno.\n",
    quotes: [
      ["I support our rural schools", "Teresa Alvarado"],
      ["a slap in the face", "Raymond Okafor"],
      ["The governor had months", "Raymond Okafor"],
      ["She waited until the last day", "Raymond Okafor"],
      ["raised the cost with the senator", "Lena Marsh"],
      ["You do not fix schools", "Dale Pruett"],
      ["We are close", "Raymond Okafor"],
      ["We need six more votes", "Raymond Okafor"],
      ["The votes are not there", "Teresa Alvarado"],
    ],
  },
  {
    title: "politics: airline chiefs at a hearing",
    text: "Lawmakers grill airline chiefs over holiday cancellations\n\nWASHINGTON — The heads of three airlines faced sharp questions in Congress on Tuesday over the thousands of flights cancelled during the holidays.\n\n\"Families slept on airport floors while your companies sold tickets for flights you knew you could not staff,\" said Representative Gloria Vance, who chairs the transportation subcommittee.\n\nSkyward Airlines chief executive Brent Halloway apologised to passengers. \"We let our customers down, and I take full responsibility,\" he said. \"We have hired 2,000 more crew since January.\n\n\"We will not let this happen again.\"\n\nA spokesman for the Federal Aviation Administration said the agency was reviewing the airlines' schedules. \"Every carrier must show it has the crews to fly what it sells,\" the spokesman said.\n\nVance was not persuaded by the apologies. \"I have heard this before,\" the congresswoman said.\n\nThe ranking Republican on the panel, Representative Tobias Wren, said Congress should not set airline schedules. \"This is a job for the market, not for Washington,\" Wren said.\n\nConsumer advocate Imani Oduya-Grant, who testified after the executives, said passengers deserved automatic refunds: \"If the flight does not leave, the money should come back without a fight.\"\n",
    quotes: [
      ["Families slept on airport floors", "Gloria Vance"],
      ["We let our customers down", "Brent Halloway"],
      ["We have hired 2,000", "Brent Halloway"],
      ["We will not let this happen again", "Brent Halloway"],
      ["Every carrier must show", "Federal Aviation Administration"],
      ["I have heard this before", "Gloria Vance"],
      ["This is a job for the market", "Tobias Wren"],
      ["If the flight does not leave", "Imani Oduya-Grant"],
    ],
  },
  {
    title: "politics: a mayor's campaign returns donations",
    text: "Mayor's campaign returns donations from developer\n\nDENVER — The re-election campaign of Mayor Alan Whitcomb said on Monday it would return $45,000 in donations from executives of Ridgeline Partners, a developer seeking city approval for a stadium project.\n\n\"The mayor has never let a donation influence a decision, and he is not going to start now,\" campaign manager Priya Natarajan said in a statement.\n\nRidgeline said it had done nothing wrong. \"Our executives give to candidates of both parties, as they have for twenty years,\" the company said.\n\nWhitcomb's challenger, city councilwoman Rosa Delgado, said the money should never have been accepted. \"Returning it after you get caught is not ethics. It is damage control,\" Delgado told supporters on Monday night.\n\nThe donations were first reported by The Denver Ledger. According to the newspaper, the checks arrived in the same week the stadium plan went to the city's planning board.\n\nWhitcomb himself addressed the issue at a news conference. \"I did not know who had given,\" he said. \"When I found out, I told my campaign to send it back.\"\n\n\"It is the right thing to do,\" said the mayor, who faces Delgado in a runoff on June 3.\n",
    quotes: [
      ["The mayor has never let a donation", "Priya Natarajan"],
      ["Our executives give to candidates", "Ridgeline Partners"],
      ["Returning it after you get caught", "Rosa Delgado"],
      ["I did not know who had given", "Alan Whitcomb"],
      ["When I found out", "Alan Whitcomb"],
      ["It is the right thing to do", "Alan Whitcomb"],
    ],
  },
];
