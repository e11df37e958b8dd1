"""Common first names that say a person's gender, for "he" and "she" (`anaphora`).

A short hand-written table of names met in international news, not a census: only names read one way almost
everywhere are listed, so names given to women in one language and men in another ("Andrea", "Jean",
"Nicola", "Simone"), and unisex ones ("Alex", "Kim", "Jordan", "Robin", "Sasha"), are left out. The text wins
over the table: an honorific or title ("Mr", "spokeswoman") decides first.
"""

from __future__ import annotations

FEMALE = frozenset("""
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Betty Sandra
    Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon
    Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Samantha Katherine Christine Emma
    Catherine Debra Rachel Carolyn Janet Virginia Maria Heather Diane Julie Joyce Victoria Kelly Christina Joan
    Evelyn Lauren Judith Olivia Martha Cheryl Megan Hannah Jacqueline Ann Gloria Teresa Kathryn Sara
    Janice Julia Grace Judy Theresa Madison Beverly Denise Marilyn Amber Danielle Abigail Brittany Rose Diana
    Natalie Sophia Alexis Lori Kayla Jane Isabella Charlotte Alice Sophie Lucy Chloe Ella Amelia Claire Jenny
    Fiona Kate Louise Harriet Eleanor Caroline Penelope Theresa Hillary Condoleezza Nikki Kamala Nancy Ursula
    Angela Theresa Jacinda Liz Giorgia Marine Segolene Christine Annalena Ilhan Alexandria Elise Kristi Gretchen
    Marie Sophie Camille Manon Chantal Brigitte Nathalie Isabelle Sylvie Valerie Monique Francoise Anne
    Carmen Lucia Elena Isabel Pilar Dolores Rosa Ana Marta Paula Beatriz Sofia Valentina Gabriela Daniela
    Francesca Giulia Chiara Alessandra Federica Silvia Paola Roberta Laura
    Ursula Angelika Petra Sabine Katrin Birgit Gisela Monika Ulrike Heike
    Olga Tatiana Tatyana Svetlana Irina Natalia Natalya Ekaterina Yekaterina Anastasia Ludmila Lyudmila Yulia
    Oksana Marina Galina Valentina Elvira Alla Nadezhda Larisa Yelena Veronika
    Fatima Aisha Ayesha Maryam Zainab Khadija Layla Leila Nour Noor Amina Yasmin Yasmine Samira Rania Huda
    Hanan Salma Mona Nadia Reem Dalia Lina Zahra Farah Shirin Narges Malala Benazir Hasina Khaleda
    Priya Sunita Anita Sonia Indira Nirmala Smriti Mamata Pooja Lakshmi Deepa Kavita Meena Geeta Shreya
    Yuko Yoko Keiko Akiko Hiroko Sachiko Naomi
    Ngozi Chimamanda Folake Amina Wanjiru Wangari Graca Ellen Winnie Grace Joyce Samia Sahle-Work
    Dilma Cristina Michelle Claudia Xiomara Gabriela Marina Beatriz Eva Greta Ingrid Helle Mette Sanna Jacinda
""".split())

MALE = frozenset("""
    James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
    Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
    Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank
    Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle
    Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse
    Dylan Bryan Joe Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene
    Vincent Russell Elijah Louis Bobby Philip Johnny Barack Mike Bill Boris Rishi Keir Tony
    Gordon Nigel Emmanuel Olaf Friedrich Helmut Gerhard Wolfgang Jurgen Hans Klaus Dieter Horst Markus Stefan
    Jens Karl Heinz Werner Manfred Uwe Matthias Lars Sven Erik Magnus Nils Ole Jonas Mats Anders Henrik
    Pierre Jacques Francois Nicolas Jean-Luc Philippe Alain Michel Bernard Christophe Olivier Laurent Sebastien
    Antoine Guillaume Thierry Didier Yves Emmanuel Edouard Gabriel Mathieu Julien Maxime Benoit Gerard
    Carlos Luis Miguel Jorge Pedro Javier Alejandro Fernando Ricardo Rafael Manuel Francisco Antonio Diego
    Sergio Pablo Enrique Alberto Eduardo Andres Gustavo Hugo Jair Evo Gabriel Mariano Mauricio
    Giuseppe Giovanni Marco Matteo Luca Alessandro Francesco Lorenzo Paolo Roberto Sergio Silvio Mario Matteo
    Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Andrei Andrey Mikhail Nikolai Ivan Yuri Igor Oleg Pavel
    Viktor Boris Volodymyr Petro Vitali Vitaly Arseniy Oleksandr Ramzan Yevgeny Gennady Valery Anatoly
    Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Hussain Omar Umar Abdullah Abdul Khalid
    Mahmoud Mustafa Mostafa Ibrahim Youssef Yusuf Yousef Karim Tariq Hamid Said Saeed Walid Nabil Samir Fadi
    Bashar Hafez Recep Tayyip Ismail Salman Faisal Fahd Hamad Tamim Zayed Khalifa Hosni Anwar Gamal
    Ayman Osama Hamza Ebrahim Javad Mahmoud Kamal Jamal Rashid Nasser Ashraf Imran Nawaz
    Shehbaz Asif Pervez Narendra Rahul Amit Rajnath Arvind Manmohan Atal Sanjay Vijay Rajesh Suresh Ramesh
    Shinzo Fumio Yoshihide Junichiro Hiroshi Takeshi Kenji
    Nelson Jacob Cyril Thabo Robert Emmerson Uhuru William Raila Yoweri Paul Muhammadu Bola Goodluck
    Olusegun Abiy Isaias Mahamadou Assimi Ibrahim Idriss Macky Alassane Laurent Felix Joseph Denis
    Benjamin Yair Naftali Isaac Yitzhak Ehud Ariel Shimon Moshe Avigdor Itamar Bezalel Yoav Benny Mahmoud
""".split())

# a name that slipped into both lists says nothing
_BOTH = FEMALE & MALE
FEMALE = FEMALE - _BOTH
MALE = MALE - _BOTH


def gender_of_first_name(name: str) -> str | None:
    """ "f", "m" or None for a person's first name ("Maria" -> "f", "Ahmed" -> "m")."""
    if name in FEMALE:
        return "f"
    if name in MALE:
        return "m"
    return None
