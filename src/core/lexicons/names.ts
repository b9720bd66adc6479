/**
 * Given names, used as evidence that two capitalised words are a person's name.
 * Source: the most frequent given names in the U.S. Social Security Administration's national
 * data (1940-2020), the UK ONS baby-name tables and common names in international news
 * (Wikipedia's lists of most popular given names by country), lowercased.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
alice julia judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori
pete sam elon tim satya sundar jeff bill steve mike joe kamala hillary barack nancy mitch chuck ted
marco rand elizabeth bernie ron gavin kash pam tulsi marco jd vivek lina gina janet antony lloyd jake jerome
rishi keir boris theresa liz emmanuel olaf angela friedrich giorgia pedro viktor recep vladimir dmitry sergei
sergey volodymyr xi li wang zhang chen liu yang huang zhao wu zhou narendra rahul imran shehbaz benjamin yair
naftali mohammed muhammad mohammad ahmed ali hassan hussein omar abdullah khalid salman recep ebrahim ali
masayoshi shinzo fumio yoon moon kim lee park jensen lisa sam greg ilya demis mustafa mira reid marc peter
larry sergey mark sheryl susan travis dara brian jack parag linda arvind andy jeff safra ginni mary ursula
charles thierry margrethe margrethe antonio jens mark kristalina ngozi tedros christine ajay jean pierre
francois françois jacques nicolas marine gerhard annalena robert christian alexei alexey yevgeny mikhail
nikolai ivan igor oleg yulia tatiana natalia olga anna maria luiz luis carlos jorge javier miguel juan
alejandro andres andrés gustavo claudia nayib javier dilma lula jair cristina alberto mauricio
`.split(/\s+/).filter(Boolean));
