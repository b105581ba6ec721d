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
  {
    title: "politics: a governor's debate over a gas tax",
    text: "Governor and rival clash over gas tax in first debate\n\nCOLUMBUS, Ohio — Gov. Patricia Lindqvist and her Republican challenger, state Treasurer Brad Kowalczyk, sparred over a proposed gas tax increase on Tuesday night in the first of three televised debates.\n\nKowalczyk accused the governor of \"reaching into the pockets of working families\" to pay for projects that he said had been promised for a decade.\n\n\"Every time this administration runs short, it sends the bill to the people who can least afford it,\" he said.\n\nLindqvist, a Democrat seeking a second term, countered that the state's roads were among the worst in the Midwest. \"You can't fix a bridge with a slogan,\" she said. \"My opponent has had four years as treasurer to come up with a plan, and we are still waiting.\"\n\nThe exchange drew the loudest applause of the night. Afterward, Kowalczyk's campaign spokeswoman, Dana Obi, told reporters that the governor had \"dodged every question about the cost.\"\n\nPolitical scientist Mark Rennard of Ohio State University said neither candidate had landed a decisive blow. \"Both of them stayed on message, which is what you do when the race is this close,\" Rennard said in an interview.\n\nAsked about the tax after the debate, the governor's chief of staff, Elena Ruiz, said the administration would release a detailed plan next month. \"We want people to see exactly where every cent goes,\" Ruiz said.\n",
    quotes: [
      ["reaching into the pockets", "Brad Kowalczyk"],
      ["Every time this administration", "Brad Kowalczyk"],
      ["You can't fix a bridge", "Patricia Lindqvist"],
      ["My opponent has had four years", "Patricia Lindqvist"],
      ["dodged every question", "Dana Obi"],
      ["Both of them stayed on message", "Mark Rennard"],
      ["We want people to see", "Elena Ruiz"],
    ],
  },
  {
    title: "courts: a judge halts a voter-roll purge",
    text: "Judge halts purge of voter rolls weeks before election\n\nATLANTA (AP) — A federal judge on Friday ordered Georgia to stop removing voters from its rolls, ruling that the state had failed to give people proper notice before cancelling their registrations.\n\nU.S. District Judge Helen Marsh wrote that the state's process \"places the burden of the state's own errors on the voter.\" The order applies to about 40,000 people whose registrations were flagged this year.\n\nThe secretary of state, Leonard Pryce, said his office would appeal. \"We are following the law that the legislature passed,\" Pryce said in a statement. \"Clean voter rolls protect every voter.\"\n\nVoting rights groups welcomed the ruling. \"This is a victory for tens of thousands of eligible Georgians who were about to lose their voice,\" said Tanya Okoro, director of the Georgia Voting Project, which brought the suit.\n\nLawyers for the state had argued that the notices were sent by mail as the law requires. But Marsh noted that more than a third of them were returned as undeliverable. \"A notice that never arrives is no notice at all,\" she wrote.\n\nPryce's deputy, James Whitaker, told the Atlanta Courier that the appeal would be filed on Monday. He said the office was \"confident the appeals court will see it our way.\"\n",
    quotes: [
      ["places the burden of the state", "Helen Marsh"],
      ["We are following the law", "Leonard Pryce"],
      ["Clean voter rolls protect", "Leonard Pryce"],
      ["This is a victory for tens", "Tanya Okoro"],
      ["A notice that never arrives", "Helen Marsh"],
      ["confident the appeals court", "James Whitaker"],
    ],
  },
  {
    title: "business: a carmaker recalls vehicles",
    text: "Carmaker recalls 210,000 SUVs over fire risk\n\nDETROIT — Halvorsen Motors is recalling about 210,000 sport utility vehicles in the United States because a faulty fuel pump can leak and cause engine fires, the company said on Wednesday.\n\nThe recall covers the 2021 to 2023 Kestrel and Ridgeback models. Halvorsen said it knew of 14 fires and no injuries.\n\n\"Safety is our first priority, and we are moving as quickly as possible to fix every affected vehicle,\" said Carla Jennings, the company's head of North American quality. Owners will be notified by mail, she said, and dealers will replace the pump free of charge.\n\nThe National Highway Traffic Safety Administration had opened an investigation in March after receiving complaints from owners. One owner, Greg Pulaski of Toledo, said his Kestrel caught fire in his driveway. \"I heard a pop and then there was smoke coming out of the hood,\" he said. \"If my kids had been in the car, I don't want to think about it.\"\n\nAnalysts said the recall would cost the carmaker about $180 million. \"It's a big number, but it's manageable for a company of this size,\" said Ivan Morozov, an analyst at Brightline Securities. \"The bigger risk is to the brand.\"\n\nShares of Halvorsen fell 2 percent in early trading.\n",
    quotes: [
      ["Safety is our first priority", "Carla Jennings"],
      ["I heard a pop", "Greg Pulaski"],
      ["If my kids had been in the car", "Greg Pulaski"],
      ["It's a big number", "Ivan Morozov"],
      ["The bigger risk is to the brand", "Ivan Morozov"],
    ],
  },
  {
    title: "politics: a senator's remarks on a trade pact",
    text: "Senators split over Pacific trade pact\n\nWASHINGTON — The debate over a sweeping Pacific trade agreement divided Republicans on Wednesday, as Senate Majority Leader Thomas Greer said he would not bring the pact to a vote before the election.\n\n\"There is not the support for it right now,\" Greer told reporters outside his office. \"I don't see that changing before November.\"\n\nSen. Rachel Abernathy, a Nebraska Republican whose state exports beef and grain to Asia, called the delay \"a gift to our competitors.\" In a floor speech, she said: \"Every month we wait, farmers in my state lose ground to Australia and Canada.\"\n\nThe White House has pushed for a vote this year. Press secretary Alan Mbeki said the president was \"disappointed but not surprised\" by Greer's decision.\n\nLabor unions, which oppose the deal, praised the leader. \"Senator Greer is listening to the workers who would pay the price,\" said Louis Ferraro, president of the United Steel Alliance.\n\nAbernathy said she would keep pressing. \"I am not giving up on this,\" she told the Omaha Daily Record. \"Too many jobs depend on it.\"\n",
    quotes: [
      ["There is not the support", "Thomas Greer"],
      ["I don't see that changing", "Thomas Greer"],
      ["a gift to our competitors", "Rachel Abernathy"],
      ["Every month we wait", "Rachel Abernathy"],
      ["disappointed but not surprised", "Alan Mbeki"],
      ["Senator Greer is listening", "Louis Ferraro"],
      ["I am not giving up", "Rachel Abernathy"],
      ["Too many jobs depend", "Rachel Abernathy"],
    ],
  },
  {
    title: "sports: a manager after a cup defeat",
    text: "Rovers knocked out as late goal stuns Kingsford\n\nKINGSFORD — Kingsford Rovers manager Owen Pritchard said his side had \"nobody to blame but ourselves\" after a stoppage-time goal sent them out of the cup on Saturday.\n\nRovers led through Jamal Asante's first-half header but conceded twice in the last ten minutes against second-tier Ashworth Town.\n\n\"We stopped playing. We sat back and invited them on, and you get punished for that at this level,\" Pritchard told the club's website. \"I'm not going to hide behind the referee or the pitch.\"\n\nAshworth's winner came from substitute Callum Reid, who had been on the pitch for four minutes. \"I just hit it and hoped,\" the 19-year-old said. \"I've never scored a goal like that in my life.\"\n\nAshworth manager Simone Clarke praised her players' spirit. \"Nobody gave us a chance today, and they showed what this club is about,\" she said.\n\nAsante, who has scored in each of Rovers' last four games, said the dressing room was silent afterwards. \"It hurts. We have to use it,\" he said.\n",
    quotes: [
      ["nobody to blame but ourselves", "Owen Pritchard"],
      ["We stopped playing", "Owen Pritchard"],
      ["I'm not going to hide", "Owen Pritchard"],
      ["I just hit it and hoped", "Callum Reid"],
      ["I've never scored a goal", "Callum Reid"],
      ["Nobody gave us a chance", "Simone Clarke"],
      ["It hurts", "Jamal Asante"],
    ],
  },
  {
    title: "science: a study of sleep and memory",
    text: "Short naps may help older adults remember, study finds\n\nA 20-minute nap in the early afternoon improved memory scores among adults over 65, according to a study published on Monday in the journal Sleep Medicine.\n\nResearchers at the University of Leeds followed 1,200 volunteers for two years. Those who napped briefly most days scored about 8 percent higher on word-recall tests than those who did not nap.\n\n\"The effect is modest, but it is consistent,\" said Dr. Hannah Okafor, a neuroscientist who led the study. \"What surprised us was how much the length of the nap mattered.\" Naps longer than an hour were linked to lower scores, she said.\n\nProfessor Martin Greaves of King's College London, who was not involved in the research, cautioned that the study could not show cause and effect. \"People who nap may differ in lots of ways from people who don't,\" he said. \"This is a good reason to do a proper trial.\"\n\nOkafor agreed that a trial was the next step. Her team has applied for funding, she said, and hopes to start next year. \"If a short nap really protects memory, that is about the cheapest intervention you could imagine,\" she added.\n",
    quotes: [
      ["The effect is modest", "Hannah Okafor"],
      ["What surprised us", "Hannah Okafor"],
      ["People who nap may differ", "Martin Greaves"],
      ["This is a good reason", "Martin Greaves"],
      ["If a short nap really protects", "Hannah Okafor"],
    ],
  },
  {
    title: "politics: a chancellor defends spending cuts",
    text: "Chancellor defends cuts as unions plan strikes\n\nLONDON — Chancellor of the Exchequer Miriam Holt on Sunday defended plans to cut public spending by 12 billion pounds, as union leaders warned of the biggest wave of strikes in a decade.\n\n\"No one goes into politics to make cuts,\" Holt told the BBC's Sunday Politics programme. \"But a country that spends more than it earns, year after year, ends up with no choices at all.\"\n\nThe general secretary of the Public Service Union, Kevin Adeyemi, said his members had \"already paid for the last crisis.\" He said ballots for industrial action would go out this week.\n\nThe opposition's finance spokeswoman, Grace Mbatha, accused the government of choosing \"the easy targets.\" \"They are cutting the services that people on low incomes rely on, while leaving the tax breaks for the wealthy untouched,\" Mbatha said.\n\nA Treasury spokesman said the cuts would fall mainly on administration, not front-line services. \"Every department has been asked to find savings in its back office first,\" the spokesman said.\n\nHolt is due to set out the details in Parliament on Wednesday.\n",
    quotes: [
      ["No one goes into politics", "Miriam Holt"],
      ["But a country that spends", "Miriam Holt"],
      ["already paid for the last crisis", "Kevin Adeyemi"],
      ["the easy targets", "Grace Mbatha"],
      ["They are cutting the services", "Grace Mbatha"],
      ["Every department has been asked", "a Treasury spokesman"],
    ],
  },
  {
    title: "politics: a campaign fights over a leaked memo",
    text: "Campaign scrambles after leaked memo on tax plan\n\nWASHINGTON — The campaign of Senator Diane Holloway spent Thursday trying to contain the fallout from a leaked internal memo that described her tax plan as \"a hard sell to working voters.\"\n\nThe memo, first reported by Politico, was written in August by the campaign's policy director, Aaron Feld. In it, Feld warned that the plan's cuts for high earners \"will be the first thing our opponents talk about.\"\n\nHolloway's rival, Governor Mike Tran, seized on the document within hours. \"Her own staff knows this plan is a giveaway to the rich,\" Tran wrote on Twitter. At a rally in Des Moines later in the day, he told supporters that Holloway was \"running from her own words.\"\n\nIn an interview with CNN, Holloway defended the plan and said the memo was \"one staffer's opinion from months ago.\" She added: \"I have never been afraid of a debate about taxes, and I'm not going to start now.\"\n\nA campaign spokeswoman, Julia Marchetti, said in a statement that the memo \"does not reflect the senator's views.\" According to two people familiar with the campaign, Feld offered to resign on Wednesday night but was asked to stay.\n\nRepublican strategist Karen Oduya said the episode would fade. \"Memos leak every cycle. Voters care about what the candidate says on stage,\" Oduya said.\n",
    quotes: [
      ["a hard sell to working voters", "Aaron Feld"],
      ["will be the first thing our opponents", "Aaron Feld"],
      ["Her own staff knows", "Mike Tran"],
      ["running from her own words", "Mike Tran"],
      ["one staffer's opinion", "Diane Holloway"],
      ["I have never been afraid", "Diane Holloway"],
      ["does not reflect the senator", "Julia Marchetti"],
      ["Memos leak every cycle", "Karen Oduya"],
    ],
  },
  {
    title: "politics: a city council votes on police funding",
    text: "Council approves police budget after heated meeting\n\nMINNEAPOLIS — After more than six hours of public comment, the City Council voted 8-5 early Wednesday to approve a police budget that includes money for 40 new officers.\n\nCouncil President Lena Vasquez, who voted for the budget, said the city could not wait any longer. \"Residents in every ward have told us they want to feel safe, and they want to be treated with respect. This budget tries to do both,\" she said.\n\nCouncil member Andre Wallace called the vote \"a step backward.\" Speaking to reporters after the meeting, Wallace said the council had ignored \"hundreds of people who came here tonight and asked for something different.\"\n\nMayor Robert Linde praised the council. In a written statement, the mayor said the budget was \"a responsible balance\" and that he would sign it on Friday.\n\nThe police chief, Sandra Okafor, thanked the council but warned that hiring would take time. \"We will not lower our standards to fill these positions faster,\" Okafor said.\n\nSeveral speakers during the public comment period urged the council to spend the money on mental health services instead. \"Send a counselor, not a gun,\" said one of them, Maya Freeman, a nurse from north Minneapolis.\n",
    quotes: [
      ["Residents in every ward", "Lena Vasquez"],
      ["This budget tries to do both", "Lena Vasquez"],
      ["a step backward", "Andre Wallace"],
      ["hundreds of people who came here", "Andre Wallace"],
      ["a responsible balance", "Robert Linde"],
      ["We will not lower our standards", "Sandra Okafor"],
      ["Send a counselor, not a gun", "Maya Freeman"],
    ],
  },
  {
    title: "business: a bank settles with regulators",
    text: "Lender pays $90 million to settle overdraft claims\n\nNEW YORK — Northgate Bank agreed on Tuesday to pay $90 million to settle claims by federal regulators that it charged customers overdraft fees they had not agreed to.\n\nThe Consumer Financial Protection Bureau said the bank had enrolled about 300,000 customers in an overdraft program without their consent between 2019 and 2022. \"Banks cannot profit from fees their customers never signed up for,\" the bureau's director, Marcus Bell, said in a statement.\n\nNorthgate did not admit wrongdoing. In a statement, the bank said it had \"already changed the practices at issue\" and would refund affected customers within 60 days. \"We regret that some customers were confused by our enrollment process,\" it said.\n\nThe bank's chief executive, Patricia Aldana, told analysts on a conference call that the settlement had been set aside in earlier quarters. \"This is behind us,\" Aldana said. \"Our focus is on growing deposits.\"\n\nConsumer advocates said the penalty was too small. \"Ninety million dollars is a rounding error for a bank this size,\" said Elijah Monroe of the advocacy group Fair Banking Now.\n",
    quotes: [
      ["Banks cannot profit from fees", "Marcus Bell"],
      ["already changed the practices", "Northgate Bank"],
      ["We regret that some customers", "Northgate Bank"],
      ["This is behind us", "Patricia Aldana"],
      ["Our focus is on growing deposits", "Patricia Aldana"],
      ["Ninety million dollars", "Elijah Monroe"],
    ],
  },
];
